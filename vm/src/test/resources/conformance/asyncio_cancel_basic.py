# Task.cancel throws CancelledError in at the await; except and finally blocks run; the task ends cancelled
import asyncio


async def sleeper():
    try:
        print("sleeping")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("caught CancelledError, cleaning up")
        raise
    finally:
        print("finally runs")


async def never_started():
    print("this line never runs")


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print("cancel returns", t.cancel())
    print("cancelling:", t.cancelling(), "done:", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting it raises CancelledError")
    print("cancelled:", t.cancelled(), "done:", t.done())
    print("cancel again:", t.cancel())
    t2 = asyncio.create_task(never_started())
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("cancelled before it started:", t2.cancelled())
    try:
        t2.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())
