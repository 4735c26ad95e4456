# as_completed yields awaitables in the order the results arrive (distinct delays), and times out
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    for fut in asyncio.as_completed([job(0.3), job(0.1), job(0.2)]):
        print(await fut)
    it = asyncio.as_completed([job(0.01), job(1)], timeout=0.2)
    for fut in it:
        try:
            print("got", await fut)
        except asyncio.TimeoutError:
            print("timed out")
    for t in asyncio.all_tasks():
        if t is not asyncio.current_task():
            t.cancel()
    await asyncio.sleep(0)


asyncio.run(main())
