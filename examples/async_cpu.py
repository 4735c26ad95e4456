# async_cpu.py: CPU work in an event loop, in to_thread under the GIL, and with the GIL off (seeds 000 and 004).
#
# Run:    ./gilvm examples/async_cpu.py
#         ./gilvm examples/async_cpu.py --gil=off
#         python3 examples/async_cpu.py
# Watch:  four jobs of pure computation and a heartbeat task that should beat every 0.05 s.
#         In the loop itself the jobs run one after another and the heartbeat stops while each
#         runs (and gilvm warns "Executing <Task ...> took ... seconds"). With to_thread the
#         loop stays responsive (the heartbeat keeps beating: the GIL changes hands every 5 ms),
#         but under the GIL the four threads take about as long as the loop did: threads do not
#         make Python computation faster. With --gil=off the threads run in parallel, and on a
#         machine with several cores the to_thread line gets faster. asyncio is for waiting, not
#         computing.
import asyncio
import time

JOBS = 4
N = 300_000


def crunch(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


async def heartbeat(beats):
    while True:
        beats.append(time.perf_counter())
        await asyncio.sleep(0.05)


async def in_loop(n):
    return crunch(n)  # no await inside: the loop is held until it returns


async def in_thread(n):
    return await asyncio.to_thread(crunch, n)


async def run(kind, job):
    beats = []
    hb = asyncio.create_task(heartbeat(beats))
    await asyncio.sleep(0)
    start = time.perf_counter()
    results = await asyncio.gather(*[job(N) for _ in range(JOBS)])
    took = time.perf_counter() - start
    hb.cancel()
    assert len(set(results)) == 1
    gaps = [b - a for a, b in zip(beats, beats[1:])]
    longest = max(gaps) if gaps else took
    print(f"{kind:10} {JOBS} jobs took {took:.2f} s; heartbeats: {len(beats)}, longest gap {longest:.2f} s")


async def main():
    await run("in loop", in_loop)
    await run("to_thread", in_thread)


asyncio.run(main())
