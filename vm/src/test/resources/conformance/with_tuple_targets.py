# Checks with statements with several managers, tuple and list targets, attribute and subscript targets, and exit order on errors.
class Pair:
    def __init__(self, name, a, b):
        self.name = name
        self.a = a
        self.b = b
    def __enter__(self):
        print("enter", self.name)
        return (self.a, self.b)
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return False

class Failing:
    def __init__(self, where):
        self.where = where
    def __enter__(self):
        print("enter failing", self.where)
        if self.where == "enter":
            raise RuntimeError("enter failed")
        return self
    def __exit__(self, t, v, tb):
        print("exit failing", self.where, t.__name__ if t else None)
        if self.where == "exit":
            raise KeyError("exit failed")
        return False

with Pair("p", 1, 2) as (a, b), Pair("q", "x", "y") as [c, d]:
    print("body", a, b, c, d)
with Pair("nested", 1, (2, 3)) as (first, (second, third)):
    print(first, second, third)
with Pair("star", 1, 2) as (*head, tail):
    print(head, tail)

class Box:
    pass
box = Box()
slots = [None, None]
with Pair("attr", 5, 6) as box.pair, Pair("item", 7, 8) as slots[1]:
    print(box.pair, slots)

try:
    with Pair("outer", 0, 0), Failing("enter"), Pair("never", 0, 0):
        print("not reached")
except RuntimeError as e:
    print("caught", e)
try:
    with Pair("a", 0, 0), Failing("exit"):
        print("body runs")
except KeyError as e:
    print("caught", repr(e), type(e.__context__).__name__)
try:
    with Failing("exit"):
        raise ValueError("from body")
except KeyError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
try:
    with Pair("bad-unpack", 1, 2) as (x, y, z):
        print("not reached")
except ValueError as e:
    print("unpack:", e)
def early():
    for i in range(3):
        with Pair("loop%d" % i, i, -i) as (p, n):
            if i == 1:
                continue
            if i == 2:
                return p + n + 100
            print("loop body", p, n)
print(early())
