# asyncio.Semaphore(2) lets two tasks in at a time; BoundedSemaphore refuses an extra release
import asyncio

running = 0
most = 0


async def limited(sem, i):
    global running, most
    async with sem:
        running += 1
        most = max(most, running)
        print("in", i, "running", running)
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        running -= 1
    print("out", i)


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*[limited(sem, i) for i in range(5)])
    print("most at once:", most, "locked:", sem.locked())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    print("locked:", b.locked())
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
