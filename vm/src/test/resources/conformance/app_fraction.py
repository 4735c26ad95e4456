# Combined: a Fraction class with normalisation, arithmetic and reflected dunders, comparisons, hashing, parsing, and exact harmonic and Egyptian fractions.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Fraction:
    def __init__(self, num, den=1):
        if isinstance(num, str):
            if "/" in num:
                a, b = num.split("/")
                num, den = int(a), int(b)
            else:
                num = int(num)
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g

    @staticmethod
    def _wrap(x):
        if isinstance(x, Fraction):
            return x
        if isinstance(x, int):
            return Fraction(x)
        return None

    def __add__(self, other):
        o = self._wrap(other)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, other):
        o = self._wrap(other)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, other):
        return Fraction(other) - self

    def __mul__(self, other):
        o = self._wrap(other)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = self._wrap(other)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, other):
        return Fraction(other) / self

    def __pow__(self, n):
        if n < 0:
            return Fraction(self.den ** -n, self.num ** -n)
        return Fraction(self.num ** n, self.den ** n)

    def __eq__(self, other):
        o = self._wrap(other)
        if o is None:
            return NotImplemented
        return self.num == o.num and self.den == o.den

    def __lt__(self, other):
        o = self._wrap(other)
        return self.num * o.den < o.num * self.den

    def __gt__(self, other):
        o = self._wrap(other)
        return self.num * o.den > o.num * self.den

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash((self.num, self.den)) if self.den != 1 else hash(self.num)

    def __float__(self):
        return self.num / self.den

    def __bool__(self):
        return self.num != 0

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __format__(self, spec):
        return format(str(self), spec)


half = Fraction(1, 2)
third = Fraction("1/3")
print(half + third, half - third, half * third, half / third, third ** 2, half ** -3)
print(1 + half, 1 - half, 2 * third, 1 / third, half + 1, repr(Fraction(6, -8)), Fraction("-12"))
print(half == Fraction(2, 4), half == 0.5, half != third, third < half, half <= Fraction(1, 2), Fraction(3) == 3)
print(sorted([Fraction(2, 3), Fraction(1, 7), half, Fraction(-5, 4), 1]), float(Fraction(1, 8)), bool(Fraction(0, 5)))
print(len({half, Fraction(2, 4), Fraction(3, 6), third}), hash(Fraction(4, 2)) == hash(2), {Fraction(4, 2): "two"}.get(2))
h = Fraction(0)
for k in range(1, 11):
    h = h + Fraction(1, k)
print("H10 =", h, f"~ {float(h):.6f}")
total = sum([Fraction(1, n * (n + 1)) for n in range(1, 50)])
print("telescoping:", total, total == 1 - Fraction(1, 50))


def egyptian(f):
    parts = []
    while f.num:
        n = -(-f.den // f.num)
        parts.append(Fraction(1, n))
        f = f - Fraction(1, n)
    return parts


for f in [Fraction(4, 13), Fraction(5, 6), Fraction(7, 15), Fraction(3, 7)]:
    parts = egyptian(f)
    print(f"{f:>5} = " + " + ".join([str(p) for p in parts]), sum(parts, Fraction(0)) == f)
approx = Fraction(1)
for _ in range(8):
    approx = 1 + 1 / approx
print("golden ratio approx", approx, f"{float(approx):.10f}")
for bad in [lambda: Fraction(1, 0), lambda: half / 0, lambda: half + 0.5, lambda: "x" * half]:
    try:
        print(bad())
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
