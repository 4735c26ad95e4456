# Checks async generators: async for over them, awaits inside, __anext__ and asend driven by hand, athrow and aclose, finally blocks, and the errors of reuse.
class Tick:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        got = yield self.label
        return got


def run(coro):
    try:
        while True:
            print("  driver saw", coro.send(None))
    except StopIteration as e:
        return e.value


async def ticker(n):
    try:
        for i in range(n):
            await Tick(f"await {i}")
            yield i * 10
    finally:
        print("  ticker finally")


async def consume(n):
    out = []
    async for v in ticker(n):
        out.append(v)
    return out


print(run(consume(2)))

g = ticker(3)
print(type(g).__name__, g.__name__, g.ag_running, g.ag_await)
print(g.__aiter__() is g)
step = g.__anext__()
print(type(step).__name__)
print(step.send(None))
try:
    step.send(None)
except StopIteration as e:
    print("first value:", e.value)
try:
    step.send(None)
except RuntimeError as e:
    print(e)


async def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    finally:
        print("  echo saw", received)


async def drive_echo():
    e = echo()
    print("  start ->", await e.asend(None))
    print("  send a ->", await e.asend("a"))
    print("  send b ->", await e.asend("b"))
    try:
        await e.athrow(ValueError("stop"))
    except ValueError as exc:
        print("  athrow raised", repr(exc))
    try:
        await e.asend("after")
    except StopAsyncIteration:
        print("  exhausted after athrow")
    return "driven"


print(run(drive_echo()))


async def handles_throw():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            yield f"handled {e}"


async def drive_throw():
    h = handles_throw()
    print("  ", await h.__anext__())
    print("  ", await h.athrow(KeyError("k")))
    print("  ", await h.__anext__())
    print("  aclose ->", await h.aclose())
    print("  aclose again ->", await h.aclose())
    try:
        await h.__anext__()
    except StopAsyncIteration:
        print("  closed generator is exhausted")
    return "ok"


print(run(drive_throw()))


async def cleanup_awaits():
    try:
        yield 1
    finally:
        await Tick("cleanup await")
        print("  cleaned up")


async def close_with_await():
    c = cleanup_awaits()
    print("  got", await c.__anext__())
    await c.aclose()
    return "closed"


print(run(close_with_await()))


async def early_break():
    async for v in ticker(5):
        if v == 10:
            break
    return v


r = run(early_break())
print("broke at", r)


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def close_stubborn():
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        return str(e)


print(run(close_stubborn()))


async def raises_stop():
    yield 1
    raise StopAsyncIteration


async def drain(agen):
    try:
        return [v async for v in agen]
    except RuntimeError as e:
        return f"{e} (cause {e.__cause__!r})"


print(run(drain(raises_stop())))


async def empty():
    return
    yield


print(run(drain(empty())))


async def fresh_send():
    x = ticker(1)
    try:
        await x.asend(5)
    except TypeError as e:
        print("  asend(5) first:", e)
    await x.aclose()
    return "ok"


print(run(fresh_send()))
