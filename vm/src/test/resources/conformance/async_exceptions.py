# Checks exceptions through await chains: raised deep inside, caught at each level, finally blocks, exception context and cause, and the handled exception saved across a suspension.
class Step:
    def __await__(self):
        yield "step"


def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return ("returned", e.value, steps)
    except Exception as e:
        return ("raised", type(e).__name__, str(e), steps)


async def leaf(n):
    await Step()
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n


async def middle(n):
    try:
        return await leaf(n) * 2
    finally:
        print(f"  middle({n}) finally")


async def top(n):
    try:
        value = await middle(n)
    except ValueError as e:
        print("  top caught:", e)
        value = -1
    else:
        print("  top got", value)
    return value


print(run(top(4)))
print(run(top(-4)))
print(run(middle(-1)))


async def reraise_with_cause():
    try:
        await leaf(-2)
    except ValueError as e:
        raise RuntimeError("wrapped") from e


try:
    c = reraise_with_cause()
    while True:
        c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)


async def handler_suspends():
    try:
        raise KeyError("k")
    except KeyError as e:
        # The exception being handled survives the suspension and comes back with us.
        await Step()
        try:
            raise TypeError("inner")
        except TypeError as inner:
            print("  inner context:", repr(inner.__context__))
        return repr(e)


print(run(handler_suspends()))


async def try_finally_order(log):
    try:
        log.append("try")
        await Step()
        log.append("after await")
        return "ret"
    finally:
        log.append("finally")
        await Step()
        log.append("after await in finally")


log = []
print(run(try_finally_order(log)), log)


async def loop_with_errors():
    out = []
    for n in (1, -1, 2, -2, 3):
        try:
            out.append(await leaf(n))
        except ValueError:
            out.append("err")
            continue
        finally:
            out.append(".")
    return out


print(run(loop_with_errors()))


async def stop_iteration_inside():
    raise StopIteration("oops")


try:
    stop_iteration_inside().send(None)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
