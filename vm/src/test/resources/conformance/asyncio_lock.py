# asyncio.Lock: waiters get it first come first served; async with releases on the way out, even on error
import asyncio

lock = None


async def worker(name):
    print(name, "wants the lock")
    async with lock:
        print(name, "has it")
        await asyncio.sleep(0.01)
        print(name, "releases")


async def failing():
    async with lock:
        raise KeyError("inside")


async def main():
    global lock
    lock = asyncio.Lock()
    print("locked:", lock.locked())
    await asyncio.gather(worker("a"), worker("b"), worker("c"))
    print("locked:", lock.locked())
    try:
        await failing()
    except KeyError:
        print("error inside; locked:", lock.locked())
    await lock.acquire()
    t = asyncio.create_task(worker("d"))
    await asyncio.sleep(0)
    print("d waits; cancel it")
    t.cancel()
    await asyncio.sleep(0)
    lock.release()
    print("after release:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
