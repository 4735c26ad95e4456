# Combined: a Matrix class with arithmetic dunders, indexing by tuples, equality, iteration, determinants and Gaussian elimination.
class Matrix:
    def __init__(self, rows):
        if not rows or len(set([len(r) for r in rows])) != 1:
            raise ValueError("rows must be non-empty and equally long")
        self.rows = [list(r) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])

    @property
    def shape(self):
        return (self.n, self.m)

    def __getitem__(self, key):
        i, j = key
        return self.rows[i][j]

    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = value

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return self.n

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self.rows == other.rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + other * -1

    def __neg__(self):
        return self * -1

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x * other for x in r] for r in self.rows])
        if isinstance(other, Matrix):
            if self.m != other.n:
                raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
            cols = other.transpose().rows
            return Matrix([[sum([a * b for a, b in zip(r, c)]) for c in cols] for r in self.rows])
        return NotImplemented

    def __rmul__(self, other):
        return self * other

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        if self.n != self.m:
            raise ValueError("not square")
        if self.n == 1:
            return self.rows[0][0]
        total = 0
        for j in range(self.m):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]) if self.n > 1 else None
            sign = -1 if j % 2 else 1
            total += sign * self.rows[0][j] * minor.det()
        return total

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        width = max([len(str(x)) for r in self.rows for x in r])
        return "\n".join(["[" + " ".join([f"{x:>{width}}" for x in r]) + "]" for r in self.rows])


def solve(a, b):
    # Gaussian elimination with partial pivoting on floats
    n = len(a)
    aug = [list(map(float, a.rows[i])) + [float(b[i])] for i in range(n)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        if abs(aug[pivot][col]) < 1e-12:
            raise ZeroDivisionError("singular matrix")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        for r in range(n):
            if r != col:
                f = aug[r][col] / aug[col][col]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
    return [round(aug[i][n] / aug[i][i], 9) for i in range(n)]


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a)
print(repr(a + b), repr(a - b), repr(-a))
print(a * b, sep="")
print(repr(2 * a), repr(a * 0.5), a.shape, len(a), a[1, 0])
print(a * Matrix.identity(2) == a, a == b, a != b, (a == 5), a.transpose().rows)
fib = Matrix([[1, 1], [1, 0]])
print([(fib ** k)[0, 1] for k in range(12)], (fib ** 90)[0, 1])
c = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
print(c.det(), a.det(), Matrix.identity(4).det(), Matrix([[6, 1, 1], [4, -2, 5], [2, 8, 7]]).det())
print(solve(c, [1, 0, 1]), solve(Matrix([[2, 1], [1, 3]]), [3, 5]))
z = Matrix.zeros(2, 3)
z[0, 2] = 7
z[1, 1] = -12
print(z)
print([sum(row) for row in z], repr(z.transpose()))
for bad in [lambda: a + z, lambda: z * z, lambda: Matrix([[1], [1, 2]]), lambda: z.det(),
            lambda: solve(Matrix([[1, 2], [2, 4]]), [1, 2]), lambda: a * "x"]:
    try:
        print(bad())
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
