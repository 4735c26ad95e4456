# Checks reference counts and __del__ timing with coroutines: a suspended coroutine keeps its locals and arguments alive, the awaiting chain holds the inner coroutine, and everything dies the moment the coroutine completes, is closed or is dropped.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"  del {self.name}")


class Suspend:
    def __await__(self):
        yield "suspended"


async def holds(obj):
    local = Noisy("local")
    await Suspend()
    print("  resumed, still holding", obj.name, local.name)
    return obj.name


payload = Noisy("arg")
print("before call:", sys.getrefcount(payload))
c = holds(payload)
print("coroutine made:", sys.getrefcount(payload))
c.send(None)
print("suspended:", sys.getrefcount(payload))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print("completed:", sys.getrefcount(payload))
del c
del payload

print("-- dropped while suspended")
c = holds(Noisy("arg2"))
c.send(None)
del c
print("-- closed before starting")
c = holds(Noisy("arg3"))
c.close()
print("after close")
del c


async def inner(box):
    await Suspend()
    return box


async def outer():
    box = [1, 2]
    print("  box before await:", sys.getrefcount(box))
    coro = inner(box)
    print("  box held by inner too:", sys.getrefcount(box))
    print("  inner coroutine:", sys.getrefcount(coro))
    result = await coro
    print("  inner finished, coroutine now:", sys.getrefcount(coro))
    return result


o = outer()
o.send(None)
inner_coro = o.cr_await
print("inner coroutine while awaited:", sys.getrefcount(inner_coro))
del inner_coro
try:
    o.send(None)
except StopIteration as e:
    print("result:", e.value)


class AsyncCM:
    async def __aenter__(self):
        return Noisy("entered")

    async def __aexit__(self, *args):
        print("  aexit")


async def with_cm():
    async with AsyncCM() as value:
        await Suspend()
        print("  in block:", value.name)
    print("  after block")


w = with_cm()
w.send(None)
print("suspended inside async with")
del w
print("end")
