# Checks the order in which an instance's attributes die once its class's shared keys are full: each new instance and each new attribute name takes room (CPython 3.11 keeps 30), and an instance whose new name finds none gets a dict of its own, in its own insertion order.
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


class E:
    pass


first = E()
first.x = 1
many = [E() for _ in range(40)]
print("shared keys: x, then y takes the last room")
f = E()
f.y = 1


def probe(label, names):
    obj = E()
    for name in names:
        setattr(obj, name, D(label + "." + name))
    del obj


print("y then x: shared keys, so x dies first")
probe("a", ["y", "x"])
print("z then y: z finds no room, its own dict keeps z, y")
probe("b", ["z", "y"])
print("x, then w (no room), then y: x and y were shared, w comes after them")
probe("c", ["y", "x", "w"])


class Roomy:
    pass


r = Roomy()
r.b = D("r.b")
r.a = D("r.a")
s = Roomy()
s.a = D("s.a")
s.b = D("s.b")
print("a class with room: every instance in the order of first setting (b, a)")
del r
del s
