# Async generators and async for with asyncio.sleep; an async comprehension; aclose runs finally
import asyncio


async def ticks(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticks(%d) closed" % n)


async def main():
    async for t in ticks(3, 0.001):
        print("tick", t)
    print([x * x async for x in ticks(4, 0)])
    g = ticks(10, 0)
    print(await g.__anext__(), await anext(g))
    await g.aclose()
    merged = await asyncio.gather(*[asyncio.create_task(collect(n)) for n in (2, 3)])
    print(merged)


async def collect(n):
    return [x async for x in ticks(n, 0.001)]


asyncio.run(main())
