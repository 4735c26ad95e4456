# Checks asynchronous comprehensions inside async def: async for clauses in list, set and dict comprehensions, await in the element and the condition, nesting, and asynchronous generator expressions.
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


async def arange(n):
    for i in range(n):
        await Tick()
        yield i


async def double(x):
    await Tick()
    return x * 2


async def is_odd(x):
    return x % 2 == 1


async def comprehensions():
    a = [x async for x in arange(4)]
    b = {x % 3 async for x in arange(6)}
    c = {x: x * x async for x in arange(3)}
    d = [await double(x) for x in range(3)]
    e = [x async for x in arange(6) if await is_odd(x)]
    f = [(x, y) async for x in arange(2) for y in range(2)]
    g = [(x, y) for x in range(2) async for y in arange(2)]
    h = [[y async for y in arange(x)] for x in range(3)]
    return a, b, c, d, e, f, g, h


for item in run(comprehensions())[0]:
    print(item)
print("ticks:", run(comprehensions())[1])


async def generator_expressions():
    squares = (x * x async for x in arange(4))
    print(type(squares).__name__)
    total = 0
    async for s in squares:
        total += s
    doubled = (await double(x) for x in range(3))
    print(type(doubled).__name__)
    return total, [v async for v in doubled]


print(run(generator_expressions()))


def plain_function_makes_async_genexpr(source):
    # Allowed outside async def: it makes an async generator, which someone else iterates.
    return (x + 1 async for x in source)


async def consume():
    return [v async for v in plain_function_makes_async_genexpr(arange(3))]


print(run(consume()))


async def scoping():
    x = "outer"
    result = [x async for x in arange(2)]
    return x, result


print(run(scoping()))


async def arange_list(n):
    return [x async for x in arange(n)]


async def first_iterable_awaited():
    return [v for v in [await double(21)]], [v for v in await arange_list(2)]


print(run(first_iterable_awaited()))
