# An exception out of main goes through asyncio.run to its caller; run refuses what is not a coroutine; leftover tasks are cancelled
import asyncio


async def boom():
    await asyncio.sleep(0)
    raise ZeroDivisionError("main failed")


async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background cancelled by run's cleanup")


async def leaves_task():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    return "main returns first"


async def nested():
    coro = boom()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()


try:
    asyncio.run(boom())
except ZeroDivisionError as e:
    print("caught", e)
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
print(asyncio.run(leaves_task()))
asyncio.run(nested())
