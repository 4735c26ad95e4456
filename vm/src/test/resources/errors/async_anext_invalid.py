class Source:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


async def consume():
    async for item in Source():
        print(item)


consume().send(None)
