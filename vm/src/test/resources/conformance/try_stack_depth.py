# Checks that a handler pops the stack back to where its try starts (nothing stale stays behind) and that a jump out of a finally drops a pending return value: seen by when __del__ runs.
class D:
    def __init__(self, i):
        self.i = i

    def __del__(self):
        print("del", self.i)


class CM:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print("exit", None if kind is None else kind.__name__)
        return True


def throw(x):
    raise ValueError(x)


# The outer handler's first covered instruction is in the inner finally's exceptional path; the
# with after it must find its __exit__ under the operands of the call that raised.
try:
    try:
        raise KeyError(D(1))
    finally:
        pass
except KeyError:
    print("caught 1")
print("after 1")
with CM():
    print("x", throw(D(2)))
print("after 2")


# The finally of a try/except/finally whose body cannot end normally.
def f():
    try:
        raise ValueError(D(3))
    except ValueError:
        raise KeyError(D(4))
    finally:
        try:
            raise TypeError(D(5))
        except TypeError:
            print("inner caught")
    print("unreachable")


try:
    f()
except KeyError as e:
    print("caught", e.args[0].i)
print("after 3")


# A return in finally replaces the value the try was returning: that one dies there.
def g():
    v = D(6)
    try:
        return D(7)
    finally:
        return D(8)


print("got", g().i)


# A break or continue in finally drops the value a return was about to return.
def h():
    for i in range(2):
        try:
            return D(10 + i)
        finally:
            if i == 0:
                continue
            break
    print("after loop")
    w = D(20)
    return w.i


print("h", h())


# A with inside a loop: continue and break leave it, and the loop goes on.
def k():
    out = []
    for i in range(3):
        with CM():
            x = D(30 + i)
            if i == 0:
                continue
            if i == 2:
                break
            out.append(x.i)
    return out


print("k", k())
print("end")
