# Checks async with: __aenter__ and __aexit__ awaited in order, the exception passed to __aexit__, suppression, leaving by return, break and continue, several managers, and awaits inside both methods.
class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print(f"  enter {self.name}")
        await Tick()
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await Tick()
        print(f"  exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r}")
        return self.suppress


async def simple():
    async with Resource("a") as value:
        print("  body with", value)
        await Tick()
    return "simple done"


print(run(simple()))


async def raising(suppress):
    try:
        async with Resource("b", suppress) as v:
            raise KeyError(v)
        print("  after block (suppressed)")
    except KeyError as e:
        print("  caught", repr(e))
    return "raising done"


print(run(raising(False)))
print(run(raising(True)))


async def early_return():
    async with Resource("c"):
        return "returned from inside"


print(run(early_return()))


async def loop_control():
    out = []
    for i in range(4):
        async with Resource(f"l{i}"):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    return out


print(run(loop_control()))


async def several():
    async with Resource("x") as x, Resource("y") as y:
        print("  body", x, y)
    return "several done"


print(run(several()))


class NoAwaitInside:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *args):
        print("  exit args:", args[:2], len(args))


async def plain():
    async with NoAwaitInside() as m:
        return type(m).__name__


print(run(plain()))


class ExitRaises:
    async def __aenter__(self):
        return None

    async def __aexit__(self, *args):
        raise RuntimeError("from __aexit__")


async def exit_raises():
    try:
        async with ExitRaises():
            raise ValueError("body")
    except RuntimeError as e:
        return f"{e} (context: {e.__context__!r})"


print(run(exit_raises()))


class AwaitableExit:
    """__aexit__ may be any function returning an awaitable."""
    async def __aenter__(self):
        return "entered"

    def __aexit__(self, *args):
        return Tick()


async def awaitable_exit():
    async with AwaitableExit() as e:
        pass
    return e


print(run(awaitable_exit()))
