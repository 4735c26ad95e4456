async def numbers():
    yield 1
    raise KeyError("missing")


async def total():
    return sum([n async for n in numbers()])


total().send(None)
