# Checks hash of ints and tuples of ints, identity via id() comparisons, and is/is not.
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345), hash(True), hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100), hash(-(2 ** 100)))
print(hash(1) == hash(1.0), hash(0) == hash(0.0), hash(2) == hash(2.0))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()))
print(hash(10 ** 20) == hash(10 ** 20))
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c))
print(a is b, a is c, a is not c, None is None)
x = None
print(x is None, x is not None)
def f():
    return a
print(f() is a, id(f()) == id(a))
class Obj:
    pass
o1 = Obj()
o2 = o1
o3 = Obj()
print(o1 is o2, o1 is o3, id(o1) == id(o2), id(o1) == id(o3))
t = (a, c)
print(t[0] is a, t[1] is c, t[0] is t[1])
d = {(1, 2): 'tuple key', 7: 'int key'}
print(d[(1, 2)], d[7], d[7.0])
print(True is True, False is not True)
