# cancel(msg): the message travels with the CancelledError; a task that swallows the cancel finishes normally
import asyncio


async def waits():
    await asyncio.sleep(10)


async def swallows():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("swallowed", e.args)
    await asyncio.sleep(0)
    return "survived"


async def main():
    t = asyncio.create_task(waits())
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("args", e.args)
    t = asyncio.create_task(swallows())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())
    print("uncancel", t.uncancel(), t.uncancel())


asyncio.run(main())
