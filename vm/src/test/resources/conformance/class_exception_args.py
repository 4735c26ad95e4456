# Checks the args of exceptions made from a program's subclasses: the call's positional arguments, whether or not an __init__ of the class replaces them, and no keyword arguments without an __init__.
class WithInit(Exception):
    def __init__(self, x, y=2):
        self.x = x
        self.y = y


class CallsSuper(Exception):
    def __init__(self, x):
        super().__init__("wrapped", x)


class Plain(Exception):
    pass


e = WithInit(1)
print(e.args, e.x, e.y, repr(e), str(e))
e = WithInit(1, y=5)
print(e.args, e.y, repr(e))
e = CallsSuper(3)
print(e.args, repr(e), str(e))
e = Plain(4, 5)
print(e.args, repr(e), str(e))
print(Plain().args, repr(Plain()), str(Plain()) == "")
for make in (lambda: Plain(1, k=2), lambda: ValueError(1, k=2), lambda: KeyError(k=1)):
    try:
        make()
    except TypeError as err:
        print("TypeError:", err)
try:
    raise WithInit(7)
except WithInit as caught:
    print(caught.args, caught.x)
