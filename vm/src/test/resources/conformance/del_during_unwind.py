# Checks __del__ of temporaries dropped while an exception unwinds to a handler in the same frame.
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class CM:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print("exit", kind.__name__)
        return False

    def __del__(self):
        print("del CM")


try:
    [D("a"), D("b"), 1 // 0]
except ZeroDivisionError:
    print("caught 1")
try:
    with CM():
        raise ValueError(1)
except ValueError as e:
    print("caught 2", e.args)
def f():
    x = D("local")
    raise KeyError("k")
try:
    f()
except KeyError:
    print("caught 3")
print("end")
