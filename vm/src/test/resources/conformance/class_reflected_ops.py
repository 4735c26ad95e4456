# Checks binary operator dunders with reflected forms, NotImplemented fallbacks, in-place operators, mixed types and comparison reflection.
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def _coerce(self, other):
        if isinstance(other, Vec):
            return other.xs
        if isinstance(other, (int, float)):
            return [other] * len(self.xs)
        return None
    def __add__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Vec(*[a + b for a, b in zip(self.xs, o)])
    def __radd__(self, other):
        print("  radd with", type(other).__name__)
        return self + other
    def __sub__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Vec(*[a - b for a, b in zip(self.xs, o)])
    def __rsub__(self, other):
        o = self._coerce(other)
        return Vec(*[b - a for a, b in zip(self.xs, o)])
    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vec(*[a * k for a in self.xs])
    __rmul__ = __mul__
    def __iadd__(self, other):
        print("  iadd in place")
        self.xs = (self + other).xs
        return self
    def __truediv__(self, k):
        return Vec(*[a / k for a in self.xs])
    def __floordiv__(self, k):
        return Vec(*[a // k for a in self.xs])
    def __mod__(self, k):
        return Vec(*[a % k for a in self.xs])
    def __pow__(self, k):
        return Vec(*[a ** k for a in self.xs])
    def __rpow__(self, base):
        return Vec(*[base ** a for a in self.xs])
    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs
    def __lt__(self, other):
        print("  Vec.__lt__")
        return sum(self.xs) < sum(other.xs)
    def __repr__(self):
        return "Vec(" + ", ".join([repr(a) for a in self.xs]) + ")"
v = Vec(1, 2, 3)
w = Vec(10, 20, 30)
print(v + w, v + 1, 1 + v, v - 1, 10 - v, v * 2, 2 * v, 0.5 * v)
print(v / 2, w // 7, w % 7, v ** 2, 2 ** v)
alias = v
v += w
print(v, alias is v, alias)
v += 100
print(v)
p = Vec(1)
q = p
p -= 5
print(p, q, p is q)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)), sum([Vec(1, 1), Vec(2, 2)]))
print(w > v, w < v)
print(Vec(1) == Vec(1), Vec(1) != Vec(2), Vec(1) == 1, Vec(1) != [1])
for expr in [lambda: v + "s", lambda: "s" + v, lambda: v * v, lambda: v - "s"]:
    try:
        print(expr())
    except TypeError as e:
        print("TypeError:", e)
class Meters:
    def __init__(self, m):
        self.m = m
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.m + other.m)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __lt__(self, other):
        return self.m < other.m
    def __le__(self, other):
        return self.m <= other.m
    def __repr__(self):
        return f"{self.m}m"
ms = [Meters(3), Meters(1), Meters(2)]
print(sum(ms), sorted(ms), max(ms), min(ms), Meters(1) <= Meters(1), Meters(2) >= Meters(3), Meters(2) > Meters(1))
try:
    Meters(1) + 1
except TypeError as e:
    print("TypeError:", e)
