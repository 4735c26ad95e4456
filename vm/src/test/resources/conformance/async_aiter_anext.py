# Checks the built-ins aiter() and anext(): an async iterator by hand, anext with a default ending in the default instead of StopAsyncIteration, and their TypeErrors.
class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


async def letters():
    for ch in "ab":
        await Tick()
        yield ch


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Tick()
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def by_hand(source):
    it = aiter(source)
    out = []
    while True:
        item = await anext(it, None)
        if item is None:
            return out
        out.append(item)


print(run(by_hand(letters())))
print(run(by_hand(Countdown(3))))


async def without_default():
    it = aiter(letters())
    first = await anext(it)
    second = await anext(it)
    try:
        await anext(it)
    except StopAsyncIteration:
        return first, second, "then StopAsyncIteration"


print(run(without_default()))
g = letters()
print(aiter(g) is g, type(anext(g)).__name__, type(anext(g, 0)).__name__)


class NotAsync:
    def __aiter__(self):
        return [1]


attempt("aiter(1)", lambda: aiter(1))
attempt("aiter of a list", lambda: aiter([1]))
attempt("__aiter__ gives a list", lambda: aiter(NotAsync()))
attempt("anext(1)", lambda: anext(1))
attempt("anext of a list", lambda: anext([1], None))


class PlainAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


attempt("anext gives what __anext__ gives", lambda: anext(PlainAnext()))
attempt("awaiting it with a default", lambda: run(by_hand(PlainAnext())))
