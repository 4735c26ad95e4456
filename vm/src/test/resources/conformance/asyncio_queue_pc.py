# asyncio.Queue(maxsize=2): a fast producer waits for the slow consumers (backpressure); task_done and join
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "size", q.qsize())
    print("producer done")


async def consumer(name, q):
    while True:
        item = await q.get()
        print(name, "got", item)
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    consumers = [asyncio.create_task(consumer("c%d" % i, q)) for i in range(2)]
    await producer(q, 6)
    await q.join()
    print("all items processed", q.empty())
    for c in consumers:
        c.cancel()
    results = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in results])


asyncio.run(main())
