# shield: cancelling the outer awaiter leaves the inner task running to completion
import asyncio


async def important():
    await asyncio.sleep(0.2)
    print("important work finished")
    return "saved"


async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.shield(inner)
    waiter = asyncio.create_task(asyncio.wait_for(outer, 0.05))
    try:
        await waiter
    except TimeoutError:
        print("waiter timed out; inner cancelled?", inner.cancelled())
    print("outer cancelled:", outer.cancelled())
    print(await inner)
    done = asyncio.get_running_loop().create_future()
    done.set_result(1)
    print(asyncio.shield(done) is done)
    t = asyncio.create_task(important())
    s = asyncio.shield(t)
    t.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("inner cancelled: shield cancelled too", s.cancelled())


asyncio.run(main())
