# Anything with __await__ can be gathered (ensure_future wraps it); a task awaiting a plain yield gets an error
import asyncio
import types


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.value


@types.coroutine
def bad_yield():
    yield 123


async def uses_bad():
    await bad_yield()


async def main():
    print(await Ready(1))
    print(await asyncio.gather(Ready(2), Ready(3)))
    f = asyncio.ensure_future(Ready(4))
    print(type(f).__name__, await f)
    try:
        await asyncio.create_task(uses_bad())
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.create_task(main)
    except TypeError as e:
        print("TypeError:", str(e).split(",")[0])


asyncio.run(main())
