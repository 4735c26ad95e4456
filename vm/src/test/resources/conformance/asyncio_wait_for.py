# wait_for: a result in time, a TimeoutError after cancelling the inner task (whose finally runs), timeout None and 0
import asyncio


async def slow(delay, value):
    try:
        await asyncio.sleep(delay)
        return value
    finally:
        print("slow(%s) finally" % value)


async def main():
    print(await asyncio.wait_for(slow(0.01, "quick"), 1))
    try:
        await asyncio.wait_for(slow(1, "late"), 0.05)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e) is TimeoutError, type(e.__cause__).__name__)
    print(await asyncio.wait_for(slow(0, "none"), None))
    try:
        await asyncio.wait_for(slow(1, "zero"), 0)
    except TimeoutError:
        print("timeout 0")
    t = asyncio.create_task(slow(0.01, "task"))
    await asyncio.sleep(0.2)
    print(await asyncio.wait_for(t, 0))


asyncio.run(main())
