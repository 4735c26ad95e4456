# Cancelling gather's future cancels its children; a cancelled child shows up as CancelledError with return_exceptions
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print("child", name, "finished")
        return name
    except asyncio.CancelledError:
        print("child", name, "cancelled")
        raise


async def main():
    g = asyncio.gather(child("a", 1), child("b", 1))
    await asyncio.sleep(0)
    print("cancel:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    t1 = asyncio.create_task(child("c", 0.01))
    t2 = asyncio.create_task(child("d", 1))
    g2 = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0.2)
    t2.cancel()
    r = await g2
    print(r[0], type(r[1]).__name__)
    t3 = asyncio.create_task(child("e", 1))
    await asyncio.sleep(0)
    t3.cancel()
    try:
        await asyncio.gather(t3, child("f", 0.01))
    except asyncio.CancelledError:
        print("gather saw the child's cancellation")
    await asyncio.sleep(0.02)


asyncio.run(main())
