# Checks what can be awaited: __await__ returning a generator, a coroutine's __await__() wrapper, or an iterator class with send and throw; values sent and exceptions thrown reach each of them.
class GenAwaitable:
    def __await__(self):
        got = yield "gen-awaitable"
        return f"gen got {got}"


class IteratorAwaitable:
    """An iterator with send() and throw(): the await drives it as a generator."""
    def __init__(self):
        self.log = []

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value):
        self.log.append(value)
        if len(self.log) > 2:
            raise StopIteration(f"iterator got {self.log}")
        return f"iterator step {len(self.log)}"

    def throw(self, exc):
        self.log.append(f"thrown {type(exc).__name__}")
        if isinstance(exc, KeyError):
            return "iterator recovered"
        raise exc


async def inner():
    got = await GenAwaitable()
    return got


class WrapsCoroutine:
    def __await__(self):
        return inner().__await__()


async def main(which):
    if which == "gen":
        return await GenAwaitable()
    if which == "iter":
        return await IteratorAwaitable()
    return await WrapsCoroutine()


for which in ("gen", "iter", "wrap"):
    c = main(which)
    print(which, "yields", c.send(None))
    try:
        while True:
            print(which, "yields", c.send("ping"))
    except StopIteration as e:
        print(which, "returns", e.value)

it = IteratorAwaitable()


async def await_it():
    try:
        return await it
    except ValueError as e:
        return f"caught {e!r}"


c = await_it()
print(c.send(None))
print(c.throw(KeyError("k")))
print(it.log)
try:
    c.throw(ValueError("v"))
except StopIteration as e:
    print(e.value, it.log)

# The wrapper: coroutine.__await__() is an iterator over the coroutine.
w = inner().__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
try:
    w.send("by hand")
except StopIteration as e:
    print("wrapper finished:", e.value)

w = inner().__await__()
print(next(w))
try:
    w.throw(ValueError("into wrapper"))
except ValueError as e:
    print("thrown through wrapper:", e)
w = inner().__await__()
print(next(w))
w.close()
print("closed wrapper")
print(list(inner().__await__()))
