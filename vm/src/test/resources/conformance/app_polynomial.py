# Combined: a Polynomial class with dunders (+, -, *, **, ==, call, getitem, len, iter), derivatives, long division, root finding and pretty printing.
class Polynomial:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.coeffs = coeffs or [0]

    @classmethod
    def from_roots(cls, *roots):
        p = cls([1])
        for r in roots:
            p = p * cls([-r, 1])
        return p

    @property
    def degree(self):
        return -1 if self.coeffs == [0] else len(self.coeffs) - 1

    def __len__(self):
        return len(self.coeffs)

    def __getitem__(self, i):
        return self.coeffs[i] if i < len(self.coeffs) else 0

    def __iter__(self):
        return iter(self.coeffs)

    def __call__(self, x):
        result = 0
        for c in reversed(self.coeffs):
            result = result * x + c
        return result

    def __add__(self, other):
        if isinstance(other, (int, float)):
            other = Polynomial([other])
        n = max(len(self), len(other))
        return Polynomial([self[i] + other[i] for i in range(n)])

    __radd__ = __add__

    def __neg__(self):
        return Polynomial([-c for c in self])

    def __sub__(self, other):
        if isinstance(other, (int, float)):
            other = Polynomial([other])
        n = max(len(self), len(other))
        return Polynomial([self[i] - other[i] for i in range(n)])

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Polynomial([c * other for c in self])
        out = [0] * (len(self) + len(other) - 1)
        for i, a in enumerate(self):
            for j, b in enumerate(other):
                out[i + j] += a * b
        return Polynomial(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Polynomial([1])
        for _ in range(n):
            result = result * self
        return result

    def __eq__(self, other):
        if isinstance(other, (int, float)):
            other = Polynomial([other])
        return isinstance(other, Polynomial) and self.coeffs == other.coeffs

    def __divmod__(self, other):
        if other.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        rem = list(self.coeffs)
        quot = [0] * max(1, len(rem) - len(other) + 1)
        while len(rem) >= len(other) and any(rem):
            shift = len(rem) - len(other)
            factor = rem[-1] / other.coeffs[-1]
            if factor == int(factor):
                factor = int(factor)
            quot[shift] = factor
            for i, c in enumerate(other.coeffs):
                rem[i + shift] -= factor * c
            rem.pop()
        return Polynomial(quot), Polynomial(rem)

    def derivative(self):
        return Polynomial([i * c for i, c in enumerate(self.coeffs)][1:])

    def __str__(self):
        if self.degree < 0:
            return "0"
        parts = []
        for power in range(len(self.coeffs) - 1, -1, -1):
            c = self.coeffs[power]
            if c == 0:
                continue
            sign = "-" if c < 0 else "+"
            mag = abs(c)
            coef = "" if mag == 1 and power else str(mag)
            var = "" if power == 0 else "x" if power == 1 else f"x^{power}"
            parts.append((sign, coef + var))
        text = ("-" if parts[0][0] == "-" else "") + parts[0][1]
        for sign, term in parts[1:]:
            text += f" {sign} {term}"
        return text

    def __repr__(self):
        return f"Polynomial({self.coeffs})"


def newton(p, x, steps=30):
    d = p.derivative()
    for _ in range(steps):
        dx = d(x)
        if dx == 0:
            break
        x = x - p(x) / dx
    return round(x, 9)


p = Polynomial([1, -3, 0, 2])
q = Polynomial([-1, 1])
print(p, "|", q, "|", Polynomial([0, 0, 0]), "|", Polynomial([5]), "|", Polynomial([0, -1]), "|", Polynomial([-2, 0, 1]))
print(p + q, "|", p - p, "|", p * q, "|", 3 * q, "|", q + 1, "|", 1 + q, "|", -p)
print(q ** 3, "|", (q ** 3).coeffs, "|", p.degree, Polynomial([0]).degree, len(p), p[3], p[10])
print([p(x) for x in range(-2, 3)], p(0.5), p(10 ** 10))
print(p.derivative(), "|", p.derivative().derivative(), "|", Polynomial([7]).derivative())
r = Polynomial.from_roots(1, 2, 3)
print(r, [r(x) for x in (1, 2, 3, 4)], repr(r))
quot, rem = divmod(r, Polynomial([-1, 1]))
print(quot, "|", rem, "|", quot * Polynomial([-1, 1]) + rem == r)
quot, rem = divmod(Polynomial([1, 0, 0, 1]), Polynomial([1, 1]))
print(quot, "|", rem)
quot, rem = divmod(Polynomial([5, 0, 1]), Polynomial([1, 2]))
print(quot, "|", rem)
try:
    divmod(p, Polynomial([]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(p == Polynomial([1, -3, 0, 2, 0, 0]), p == q, Polynomial([4]) == 4, list(p), sum(p))
print([newton(r, x0) for x0 in (0, 1.6, 2.4, 10)], newton(Polynomial([-2, 0, 1]), 1.0))
binom = [(Polynomial([1, 1]) ** n).coeffs for n in range(7)]
for row in binom:
    print(" ".join([str(c) for c in row]).center(24))
