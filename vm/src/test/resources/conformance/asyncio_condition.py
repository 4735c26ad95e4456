# asyncio.Condition: wait releases the lock; notify(1) wakes one, notify_all the rest; wait_for a predicate
import asyncio

items = []


async def consumer(cond, name):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        print(name, "takes", items.pop(0))


async def sleeper(cond, name):
    async with cond:
        print(name, "waits")
        r = await cond.wait()
        print(name, "notified", r)


async def main():
    cond = asyncio.Condition()
    ts = [asyncio.create_task(sleeper(cond, n)) for n in ("s1", "s2", "s3")]
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    cs = [asyncio.create_task(consumer(cond, n)) for n in ("c1", "c2")]
    await asyncio.sleep(0)
    for x in (10, 20):
        async with cond:
            items.append(x)
            cond.notify_all()
        await asyncio.sleep(0.01)
    await asyncio.gather(*cs)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
