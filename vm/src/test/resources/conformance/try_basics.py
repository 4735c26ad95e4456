# Checks try/except/else/finally, return/break/continue through finally, bare raise, raise from None.
def f(x):
    return 10 // x
try:
    f(0)
except ZeroDivisionError as e:
    print("caught", e, type(e).__name__)
else:
    print("no")
try:
    print("body")
except ValueError:
    print("no")
else:
    print("else ran")
finally:
    print("finally ran")
def g():
    try:
        return "from try"
    finally:
        print("finally in g")
print(g())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("loop", i)
    finally:
        print("fin", i)
try:
    try:
        raise KeyError("k")
    except (ValueError, KeyError) as e:
        print("inner", repr(e))
        raise
except LookupError as e:
    print("outer", repr(e), e.args)
def h():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("bad") from None
try:
    h()
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)
try:
    raise TypeError
except Exception as e:
    print(type(e).__name__, e.args)
print("e" in dir() if False else "done")
