# The loop's order: call_soon FIFO, a callback's own call_soon runs in the next iteration, timers by time
import asyncio


def cb(name, loop, again):
    print("cb", name)
    if again:
        loop.call_soon(cb, name + "'", loop, False)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.2, cb, "later-200ms", loop, False)
    loop.call_later(0.1, cb, "later-100ms", loop, False)
    loop.call_at(loop.time() + 0.15, cb, "at-150ms", loop, False)
    loop.call_soon(cb, "soon1", loop, True)
    loop.call_soon(cb, "soon2", loop, True)
    h = loop.call_soon(cb, "cancelled", loop, False)
    h.cancel()
    print("cancelled handle:", h.cancelled())
    t = loop.call_later(0.05, cb, "timer-cancelled", loop, False)
    t.cancel()
    print("main sleeps")
    await asyncio.sleep(0)
    print("main after sleep(0)")
    await asyncio.sleep(0)
    print("main after second sleep(0)")
    await asyncio.sleep(0.3)
    print("main end")


asyncio.run(main())
