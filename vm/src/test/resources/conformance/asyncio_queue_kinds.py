# PriorityQueue gives the lowest entry first (heapq's order), LifoQueue the newest; both with task_done and join
import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for entry in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "urgent too"), (5, "later")]:
        await pq.put(entry)
    print(pq.qsize())
    while not pq.empty():
        print(await pq.get())
        pq.task_done()
    await pq.join()
    lq = asyncio.LifoQueue(maxsize=3)
    for x in "abc":
        lq.put_nowait(x)
    try:
        lq.put_nowait("d")
    except asyncio.QueueFull:
        print("LifoQueue full")
    print([lq.get_nowait() for _ in range(3)])
    waiter = asyncio.create_task(pq.get())
    await asyncio.sleep(0)
    pq.put_nowait((0, "woken"))
    print(await waiter)
    print(isinstance(pq, asyncio.Queue), isinstance(lq, asyncio.Queue))


asyncio.run(main())
