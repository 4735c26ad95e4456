# Checks the order in which a dying exception lets go of what it holds: its attributes, its args, the frames it left, its __cause__, then its __context__.
class D:
    def __init__(self, i):
        self.i = i

    def __del__(self):
        print("del", self.i)


def fail(i):
    local = D(i)
    raise ValueError(D(i + 1))


try:
    try:
        raise ValueError(D(1))
    except ValueError:
        raise KeyError(D(2)) from TypeError(D(3))
except KeyError:
    print("caught 1")
print("after 1")

try:
    try:
        fail(10)
    except ValueError:
        raise KeyError(D(4)) from IndexError(D(5))
except KeyError as e:
    e.note = D(6)
    print("caught 2", e.__cause__.args[0].i, e.__context__.args[0].i)
print("after 2")


def chain():
    try:
        try:
            fail(20)
        except ValueError as first:
            raise TypeError(D(7))
    except TypeError:
        raise KeyError(D(8)) from RuntimeError(D(9))


try:
    chain()
except KeyError as e:
    print("caught 3", type(e.__context__).__name__, type(e.__context__.__context__).__name__)
print("after 3")
