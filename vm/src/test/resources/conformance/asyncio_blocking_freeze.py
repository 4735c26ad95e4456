# A blocking call inside a coroutine freezes every other task: the ticker's gap shows it (no timings printed)
import asyncio
import time

events = []


async def ticker():
    for i in range(3):
        events.append("tick")
        await asyncio.sleep(0.1)


async def blocker():
    await asyncio.sleep(0.05)
    events.append("block starts")
    time.sleep(0.07)
    events.append("block ends")


async def main():
    await asyncio.gather(ticker(), blocker())


asyncio.run(main())
print(events)
