# Checks throw() and close() on coroutines: thrown at the await where they stand (through nested awaits to the innermost), handled or not, close() running finally blocks, and a coroutine that ignores GeneratorExit.
class Suspend:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return got


async def inner():
    try:
        return await Suspend("inner")
    except KeyError as e:
        print("  inner handled", repr(e))
        return await Suspend("inner again")
    finally:
        print("  inner finally")


async def outer():
    try:
        value = await inner()
        print("  outer got", value)
        await Suspend("outer")
    except ValueError as e:
        print("  outer handled", repr(e))
        return "recovered"
    finally:
        print("  outer finally")
    return "normal"


c = outer()
print(c.send(None))
print(c.throw(KeyError("k1")))
print(type(c.cr_await).__name__)
print(c.send("value"))
try:
    print(c.throw(ValueError("v1")))
except StopIteration as e:
    print("finished:", e.value)

c = outer()
c.send(None)
try:
    c.throw(TypeError("unhandled"))
except TypeError as e:
    print("propagated:", e)
try:
    c.send(None)
except RuntimeError as e:
    print(e)

c = outer()
c.send(None)
c.close()
print("closed; running:", c.cr_running, "awaiting:", c.cr_await)
c.close()
print("second close is fine")


async def stubborn():
    try:
        await Suspend(1)
    except GeneratorExit:
        print("  caught GeneratorExit, awaiting again")
        await Suspend(2)


s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print(e)


async def swallow():
    try:
        await Suspend(1)
    except GeneratorExit:
        print("  cleanup on close")
        raise


s = swallow()
s.send(None)
print(s.close())

never = outer()
never.close()
try:
    never.send(None)
except RuntimeError as e:
    print("after closing unstarted:", e)

c = outer()
try:
    c.throw(ValueError("before start"))
except ValueError as e:
    print("thrown before start:", e)


async def thrower():
    await Suspend("t")
    return "done"


t = thrower()
t.send(None)
try:
    t.throw(StopIteration)
except RuntimeError as e:
    print(type(e).__name__, e)
