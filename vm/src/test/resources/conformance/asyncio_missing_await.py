# A coroutine called without await never runs (a warning on stderr); a task not awaited still runs
import asyncio

log = []


async def save(x):
    log.append(x)


async def main():
    save(1)
    await save(2)
    t = asyncio.create_task(save(3))
    await asyncio.sleep(0)
    print(log, t.done())


asyncio.run(main())
