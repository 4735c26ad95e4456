# Cancellation reaches the innermost await: nested coroutines' finally blocks run innermost first; a cancelled wait_for cancels its inner task
import asyncio


async def level3():
    try:
        await asyncio.sleep(10)
    finally:
        print("level3 finally")


async def level2():
    try:
        await level3()
    finally:
        print("level2 finally")


async def level1():
    try:
        await level2()
    except asyncio.CancelledError:
        print("level1 caught, re-raising")
        raise


async def outer():
    await asyncio.wait_for(level3(), 5)


async def main():
    t = asyncio.create_task(level1())
    await asyncio.sleep(0)
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print(type(r[0]).__name__)
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled")
    t = asyncio.create_task(level2())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print("cancelling twice:", t.cancelling())
    await asyncio.sleep(0)
    print(t.cancelled())


asyncio.run(main())
