# Checks generator-based coroutines: types.coroutine makes a generator function's generators awaitable (as asyncio.sleep(0) is written), lets them yield from native coroutines, and types' classes for isinstance.
import types


@types.coroutine
def sleep0():
    """Gives up one turn: the bare yield reaches whoever drives the outermost coroutine."""
    yield


@types.coroutine
def ask(question):
    answer = yield question
    return answer


async def native(x):
    await sleep0()
    return x * 2


@types.coroutine
def bridge(x):
    # A generator-based coroutine may delegate to a native one with yield from.
    result = yield from native(x)
    return result + 1


async def main():
    await sleep0()
    reply = await ask("name?")
    value = await bridge(20)
    return reply, value


c = main()
print(c.send(None))
print(c.send(None))
try:
    c.send("gilvm")
    c.send(None)
except StopIteration as e:
    print("result:", e.value)

print(type(sleep0()).__name__, sleep0.__name__)
g = sleep0()
print(isinstance(g, types.GeneratorType), isinstance(g, types.CoroutineType))
n = native(1)
print(isinstance(n, types.CoroutineType), isinstance(n, types.GeneratorType))
n.close()


async def agen():
    yield 1


print(isinstance(agen(), types.AsyncGeneratorType))


async def already():
    return 1


print(types.coroutine(already) is already)
try:
    types.coroutine(42)
except TypeError as e:
    print(e)


def plain_gen():
    yield "plain"


async def awaits_plain():
    return await plain_gen()


try:
    awaits_plain().send(None)
except TypeError as e:
    print(e)
