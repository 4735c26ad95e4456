# Timers due at the same moment come out of the loop's heap in heapq's order, as in CPython
import asyncio


def fire(i):
    print("timer", i)


async def main():
    loop = asyncio.get_running_loop()
    when = loop.time() + 0.02
    for i in range(10):
        loop.call_at(when, fire, i)
    loop.call_at(when - 0.01, fire, "early")
    await asyncio.sleep(0.05)


asyncio.run(main())
