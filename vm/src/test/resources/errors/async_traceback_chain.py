class Step:
    def __await__(self):
        yield


async def parse(text):
    await Step()
    return int(text)


async def load(texts):
    values = []
    for t in texts:
        values.append(await parse(t))
    return values


async def main():
    return await load(["1", "x"])


coro = main()
while True:
    coro.send(None)
