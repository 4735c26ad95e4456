# async_blocking.py: a blocking call inside a coroutine freezes the whole event loop (seeds 000 and 002).
#
# Run:    ./gilvm examples/async_blocking.py
#         ./gilvm examples/async_blocking.py --slow-callback=0
#         python3 examples/async_blocking.py        (PYTHONASYNCIODEBUG=1 for CPython's warnings)
# Watch:  five "requests" of 0.3 s each. With await asyncio.sleep they overlap: about 0.3 s in all.
#         With time.sleep (standing in for requests.get inside async def) each one holds the
#         loop, so they run one after another: about 1.5 s, and the heartbeat task, which should
#         beat every 0.1 s, stops beating meanwhile. gilvm prints CPython's debug-mode warning for
#         each step that held the loop over 100 ms: "Executing <Task ... coro=<fetch_blocking()
#         running at ...>> took 0.300 seconds", naming the coroutine and the line it stopped at.
#         CPython prints it only in debug mode; gilvm always does, unless --slow-callback=0.
import asyncio
import time

REQUESTS = 5
LATENCY = 0.3


async def fetch_async(i):
    await asyncio.sleep(LATENCY)  # gives the loop back while "the network" answers
    return i


async def fetch_blocking(i):
    time.sleep(LATENCY)  # holds the loop: no other task runs for 0.3 s
    await asyncio.sleep(0)  # the warning names this line: where the step that held the loop ended
    return i


async def heartbeat(beats):
    while True:
        beats.append(time.perf_counter())
        await asyncio.sleep(0.1)


async def run(fetch):
    beats = []
    hb = asyncio.create_task(heartbeat(beats))
    await asyncio.sleep(0)
    start = time.perf_counter()
    await asyncio.gather(*[fetch(i) for i in range(REQUESTS)])
    took = time.perf_counter() - start
    hb.cancel()
    gaps = [b - a for a, b in zip(beats, beats[1:])]
    longest = max(gaps) if gaps else took
    print(f"{fetch.__name__}: {REQUESTS} requests took {took:.2f} s; "
          f"heartbeats: {len(beats)}, longest gap {longest:.2f} s")


async def main():
    await run(fetch_async)
    await run(fetch_blocking)


asyncio.run(main())
