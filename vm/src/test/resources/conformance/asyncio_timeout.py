# asyncio.timeout (3.11): a block cancelled on time becomes TimeoutError; expired(); reschedule; None
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.02) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out; expired:", cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print("in time; expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        print("when is None:", cm.when() is None)
        cm.reschedule(asyncio.get_running_loop().time() + 0.01)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("the block sees CancelledError")
            raise
        finally:
            print("finally in block")
    print("never here")


try:
    asyncio.run(main())
except TimeoutError:
    print("TimeoutError out of run")


async def nested():
    try:
        async with asyncio.timeout(0.05):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timed out")
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer timed out")
    print("task not cancelled:", asyncio.current_task().cancelling())


asyncio.run(nested())
