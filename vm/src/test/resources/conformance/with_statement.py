# Checks with statements: __enter__/__exit__, as-targets, several items, swallowing, re-raising, return/break/continue through with.
class Managed:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None, repr(value))
        return self.swallow
with Managed("a") as v:
    print("body", v)
with Managed("b", swallow=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Managed("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
with Managed("d") as x, Managed("e") as y:
    print("both", x, y)
def f():
    with Managed("f"):
        return "returned"
print(f())
for i in range(3):
    with Managed("loop" + str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
try:
    with 42:
        pass
except TypeError as e:
    print(e)
