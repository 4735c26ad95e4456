# to_thread runs a blocking function in a worker thread while the loop goes on; results and exceptions come back
import asyncio
import threading
import time


def blocking(x):
    time.sleep(0.15)
    return x * 10, threading.current_thread() is threading.main_thread()


def fails():
    raise OSError("disk on fire")


async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0.02)


async def main():
    t = asyncio.create_task(ticker(2))
    r = await asyncio.to_thread(blocking, 4)
    print("result", r)
    await t
    try:
        await asyncio.to_thread(fails)
    except OSError as e:
        print("OSError:", e)
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))
    results = await asyncio.gather(*[asyncio.to_thread(blocking, i) for i in range(3)])
    print(results)


asyncio.run(main())
