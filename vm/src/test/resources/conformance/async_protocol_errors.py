# Checks the TypeErrors of async with and async for, with CPython's messages: missing __aenter__, __aexit__, __aiter__ or __anext__, and results that cannot be awaited (with the cause chained for __anext__).
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def attempt(label, coro):
    try:
        print(label, "->", run(coro))
    except Exception as e:
        cause = e.__cause__
        print(label, "->", type(e).__name__ + ":", e, "| cause:", repr(cause) if cause else None)


class NoAexit:
    async def __aenter__(self):
        return 1


class NoAenter:
    async def __aexit__(self, *a):
        return False


class SyncWith:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


class PlainAenter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        return False


class PlainAexit:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return False


async def use(cm):
    async with cm as x:
        return x


async def use_raising(cm):
    async with cm:
        raise ValueError("body")


attempt("no __aexit__", use(NoAexit()))
attempt("no __aenter__", use(NoAenter()))
attempt("sync manager", use(SyncWith()))
attempt("int", use(5))
attempt("plain __aenter__", use(PlainAenter()))
attempt("plain __aexit__", use(PlainAexit()))
attempt("plain __aexit__ on error", use_raising(PlainAexit()))


class NoAiter:
    pass


class AiterWithoutAnext:
    def __aiter__(self):
        return [1, 2]


class PlainAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


async def loop(it):
    out = []
    async for x in it:
        out.append(x)
    return out


attempt("no __aiter__", loop(NoAiter()))
attempt("list", loop([1, 2]))
attempt("__aiter__ gives a list", loop(AiterWithoutAnext()))
attempt("__anext__ gives an int", loop(PlainAnext()))


async def in_comprehension(it):
    return [x async for x in it]


attempt("comprehension over list", in_comprehension([1]))
attempt("comprehension __anext__ int", in_comprehension(PlainAnext()))
