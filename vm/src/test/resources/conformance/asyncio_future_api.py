# Future: set_result, set_exception, result, exception, done, cancel, callbacks in order via call_soon
import asyncio


def report(fut):
    if fut.cancelled():
        print("callback: cancelled")
    elif fut.exception() is not None:
        print("callback: exception", repr(fut.exception()))
    else:
        print("callback: result", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f.add_done_callback(report)
    f.add_done_callback(lambda fut: print("second callback"))
    f.set_result(5)
    print("set_result returned; callbacks not run yet")
    await asyncio.sleep(0)
    print(f.done(), f.result(), f.exception())
    try:
        f.set_result(6)
    except asyncio.InvalidStateError:
        print("InvalidStateError on second set_result")
    g = loop.create_future()
    g.add_done_callback(report)
    g.set_exception(KeyError("k"))
    await asyncio.sleep(0)
    try:
        g.result()
    except KeyError as e:
        print("result() raises", repr(e))
    h = loop.create_future()
    h.add_done_callback(report)
    print(h.remove_done_callback(report), h.remove_done_callback(report))
    h.add_done_callback(report)
    print(h.cancel(), h.cancel(), h.cancelled())
    await asyncio.sleep(0)
    late = loop.create_future()
    late.set_result("already")
    late.add_done_callback(report)
    print("callback added to a done future")
    await asyncio.sleep(0)
    try:
        loop.create_future().set_exception(StopIteration)
    except TypeError as e:
        print("TypeError:", e)
    x = loop.create_future()
    loop.call_soon(x.set_result, "via call_soon")
    print(await x)
    print(asyncio.isfuture(x), asyncio.isfuture(main), asyncio.iscoroutine(x))


asyncio.run(main())
