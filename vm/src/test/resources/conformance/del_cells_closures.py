# Checks when cells and closures let go of their objects: a parameter's cell dies in the parameter's turn, other cells after the locals in name order, a closure and a function's defaults last to first.
class D:
    def __init__(self, i):
        self.i = i

    def __del__(self):
        print("del", self.i)


def params(p0, p1, p2):
    [0 for _ in "" if p1]
    plain = D(4)


params(D(1), D(2), D(3))
print("--")


def cells(p1, z, b0):
    c = D(5)
    a = D(6)
    b = D(7)
    plain = D(8)

    def inner():
        return b, c, a, z, p1
    return inner


f = cells(D(9), D(10), D(11))
print("made")
del f
print("--")
cells(D(12), D(13), D(14))
print("--")


def outer():
    y = D(15)
    x = D(16)

    def mid():
        q = D(17)

        def inner():
            return y, x
        return inner
    return mid()


g = outer()
print("made")
del g
print("--")


def defaults(x=D(18), y=D(19), *, z=D(20), w=D(21)):
    pass


del defaults
print("--")


def lambdas(p0, p1):
    k = D(22)
    return lambda: (p1, k, p0)


h = lambdas(D(23), D(24))
del h
print("end")
