# Checks the TypeErrors and RuntimeErrors of the await protocol, with CPython's messages: what cannot be awaited, what __await__ must return, reusing a coroutine, sending to a running one, and coroutines used as iterators.
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


async def await_it(x):
    return await x


async def answer():
    return 42


class NotIterator:
    def __await__(self):
        return [1, 2]


class ReturnsCoroutine:
    def __await__(self):
        c = answer()
        c.close()
        return c


class ReturnsWrapper:
    def __await__(self):
        return answer().__await__()


class IterClass:
    """__await__ may return any iterator; its StopIteration value is the await's result."""
    def __init__(self):
        self.n = 0

    def __await__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("iter result")
        return self.n


for thing in (1, "text", None, [1], NotIterator(), ReturnsCoroutine()):
    attempt("await " + type(thing).__name__, lambda: run(await_it(thing)))
attempt("await generator", lambda: run(await_it(x for x in ())))
attempt("await wrapper", lambda: run(await_it(ReturnsWrapper())))
attempt("await iterator class", lambda: run(await_it(IterClass())))

done = answer()
print(run(done))
attempt("await finished", lambda: run(await_it(done)))
attempt("send finished", lambda: done.send(None))
attempt("throw finished", lambda: done.throw(ValueError("x")))
attempt("close finished", lambda: done.close())

fresh = answer()
attempt("send 1 first", lambda: fresh.send(1))
print(run(fresh))
attempt("next()", lambda: next(fresh))
attempt("iter()", lambda: iter(fresh))
attempt("for loop", lambda: [x for x in fresh])
attempt("list()", lambda: list(fresh))


async def awaits_itself():
    return await me


me = awaits_itself()
attempt("await itself", lambda: run(me))


class Hold:
    def __await__(self):
        yield "held"


async def slow():
    await Hold()
    return "slow done"


shared = slow()


async def first_waiter():
    return await shared


async def second_waiter():
    return await shared


w1 = first_waiter()
print(w1.send(None))
w2 = second_waiter()
attempt("second waiter", lambda: w2.send(None))
attempt("first waiter resumes", lambda: run(w1))


def plain_generator(coro):
    yield from coro


unstarted = answer()
attempt("yield from coroutine", lambda: list(plain_generator(unstarted)))
unstarted.close()  # never awaited, but closed: no RuntimeWarning
