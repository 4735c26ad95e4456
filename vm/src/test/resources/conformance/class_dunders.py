# Checks special methods on classes: arithmetic with NotImplemented and reflection, comparisons, hashing, len, getitem, iteration protocols, call, contains, setitem, delitem, bool.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i == 0:
            return self.x
        if i == 1:
            return self.y
        raise IndexError("Vec index out of range")
    def __repr__(self):
        return "Vec(" + repr(self.x) + ", " + repr(self.y) + ")"
    def __bool__(self):
        return self.x != 0 or self.y != 0
a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a * 3, 2 * a, a == Vec(1, 2), a != b, a < b, b > a, sorted([b, a]))
print(len(a), a[0], list(a), bool(Vec(0, 0)), bool(a), Vec(0, 0) or "empty")
print({a: "a", Vec(1, 2): "again"}, a in [b, Vec(1, 2)])
try:
    a + 1
except TypeError as e:
    print(e)
class Counter:
    def __init__(self, limit):
        self.limit = limit
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.n >= self.limit:
            raise StopIteration
        self.n += 1
        return self.n
print(list(Counter(3)), sum(Counter(4)), [x * 2 for x in Counter(2)])
class Adder:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x + self.k
    def __contains__(self, x):
        return x == self.k
add5 = Adder(5)
print(add5(1), 5 in add5, 4 in add5, list(map(add5, [1, 2])))
class Bag:
    def __init__(self):
        self.items = {}
    def __setitem__(self, k, v):
        self.items[k] = v
    def __getitem__(self, k):
        return self.items[k]
    def __delitem__(self, k):
        del self.items[k]
bag = Bag()
bag["x"] = 1
bag["y"] = 2
del bag["x"]
print(bag.items, bag["y"])
class Plain:
    pass
p = Plain()
print(p == p, p != Plain(), p == 1)
try:
    p < Plain()
except TypeError as e:
    print(e)
class OnlyEq:
    def __eq__(self, other):
        return True
try:
    hash(OnlyEq())
except TypeError as e:
    print(e)
print(OnlyEq() != 3)
