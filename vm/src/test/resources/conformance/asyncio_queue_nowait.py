# Queue's non-waiting side: put_nowait/get_nowait, QueueFull/QueueEmpty, FIFO order, task_done too often
import asyncio


async def main():
    q = asyncio.Queue(3)
    for x in "abc":
        q.put_nowait(x)
    print(q.qsize(), q.full())
    try:
        q.put_nowait("d")
    except asyncio.QueueFull:
        print("QueueFull")
    print([q.get_nowait() for _ in range(3)])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    for _ in range(3):
        q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await q.join()
    print("join returns at once")
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print("getter waiting:", not getter.done())
    q.put_nowait("late")
    print(await getter)
    unbounded = asyncio.Queue()
    for i in range(100):
        unbounded.put_nowait(i)
    print(unbounded.full(), unbounded.qsize())
    g = asyncio.create_task(asyncio.Queue().get())
    await asyncio.sleep(0)
    g.cancel()
    await asyncio.sleep(0)
    print("cancelled getter:", g.cancelled())


asyncio.run(main())
