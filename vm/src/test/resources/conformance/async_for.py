# Checks async for: __aiter__ and __anext__, StopAsyncIteration ending the loop, awaits inside __anext__, break, continue and else, nesting, and a return from inside the loop.
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


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        print("  __aiter__")
        return self

    async def __anext__(self):
        await Tick()
        if self.n <= 0:
            print("  exhausted")
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def collect(n):
    out = []
    async for x in Countdown(n):
        out.append(x)
    return out


print(run(collect(3)))
print(run(collect(0)))


async def with_else(n, stop_at):
    async for x in Countdown(n):
        if x == stop_at:
            print("  break at", x)
            break
        if x % 2:
            continue
        print("  even", x)
    else:
        print("  loop ended without break")
    return "done"


print(run(with_else(5, -1)))
print(run(with_else(5, 2)))


async def nested():
    pairs = []
    async for i in Countdown(2):
        async for j in Countdown(2):
            pairs.append((i, j))
    return pairs


print(run(nested()))


async def find(n, target):
    async for x in Countdown(n):
        if x == target:
            return f"found {x}"
    return "not found"


print(run(find(4, 2)))
print(run(find(4, 9)))


class SyncAnext:
    """__anext__ may be a plain method that returns an awaitable."""
    def __init__(self):
        self.items = ["a", "b"]

    def __aiter__(self):
        return self

    def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return Value(self.items.pop(0))


class Value:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield from ()
        return self.v


async def sync_anext():
    return [x async for x in SyncAnext()]


print(run(sync_anext()))


class Failing:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise KeyError("from __anext__")


async def failing():
    try:
        async for x in Failing():
            print("never")
    except KeyError as e:
        return "caught " + repr(e)


print(run(failing()))


async def targets():
    out = []
    async for a, (b, c) in Pairs():
        out.append(a + b + c)
    return out


class Pairs:
    def __init__(self):
        self.data = [(1, (2, 3)), (4, (5, 6))]

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.data:
            return self.data.pop()
        raise StopAsyncIteration


print(run(targets()))
