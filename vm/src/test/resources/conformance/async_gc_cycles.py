# Checks coroutines and async generators in reference cycles: the collector closes a suspended one (its finally runs), warns for one never started, and frees them; also a coroutine that holds itself.
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"  del {self.name}")


class Suspend:
    def __await__(self):
        return (yield)


async def holder(box):
    resource = Noisy("resource")
    try:
        await Suspend()
    finally:
        print("  holder finally")


class Box:
    pass


gc.disable()
box = Box()
box.coro = holder(box)
box.coro.send(None)
del box
print("cycle made, collecting")
print("collected:", gc.collect() > 0)


async def self_ref():
    me = None
    try:
        while True:
            me = await Suspend() or me
    finally:
        print("  self_ref finally")


c = self_ref()
c.send(None)
c.send(c)  # the coroutine's frame now holds the coroutine
del c
print("self cycle made, collecting")
print("collected:", gc.collect() > 0)


async def agen(box):
    try:
        yield 1
        yield 2
    finally:
        print("  agen finally")


box = Box()
box.gen = agen(box)
step = box.gen.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print("agen yielded", e.value)
del step
del box
print("agen cycle made, collecting")
print("collected:", gc.collect() > 0)
gc.enable()
print("end")
