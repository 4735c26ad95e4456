# Checks async def and await: coroutine objects, driving them with send(None), return values through StopIteration, await chains, cr_running and cr_await.
def run(coro):
    """Drives a coroutine to its end, printing what it yields to us."""
    try:
        while True:
            yielded = coro.send(None)
            print("  yielded", yielded)
    except StopIteration as e:
        return e.value


async def add(a, b):
    return a + b


async def twice(x):
    first = await add(x, x)
    second = await add(first, first)
    return first, second


c = add(1, 2)
print(type(c).__name__)
print(c.__name__, c.__qualname__)
print(c.cr_running, c.cr_await)
print(run(c))
print(run(twice(5)))


class Pause:
    """An awaitable: its __await__ is a generator, so the await hands what it yields to the driver."""
    def __init__(self, label):
        self.label = label

    def __await__(self):
        reply = yield self.label
        return "resumed with " + str(reply)


async def pausing():
    a = await Pause("first")
    b = await Pause("second")
    return [a, b]


p = pausing()
print(p.send(None))
print(type(p.cr_await).__name__)
print(p.send("x"))
try:
    p.send("y")
except StopIteration as e:
    print("done:", e.value)
print(p.cr_await)


class Counter:
    async def step(self, n):
        total = 0
        for i in range(n):
            total += await add(i, 0)
        return total


print(run(Counter().step(5)))
print(Counter.step.__qualname__)


async def outer():
    async def inner(v):
        return v * 10
    results = []
    for v in (1, 2, 3):
        results.append(await inner(v))
    return results

o = outer()
print(o.__qualname__)
print(run(o))


async def no_return():
    pass

print(run(no_return()))


async def await_in_expressions(x):
    y = (await add(x, 1)) * 2 + await add(x, 2)
    return [await add(i, i) for i in range(3)], y, {await add(1, 1): await add(2, 2)}

print(run(await_in_expressions(10)))
