# Checks __contains__ (and the fallbacks to __iter__ and __getitem__) and __call__ on instances, including callable() and stateful callables.
class Range:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi
    def __contains__(self, x):
        print("  contains?", x)
        return self.lo <= x < self.hi
class Evens:
    def __iter__(self):
        return iter([0, 2, 4, 6])
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
class Truthy:
    def __contains__(self, x):
        return x
r = Range(1, 5)
print(3 in r, 5 in r, 0 not in r)
print(4 in Evens(), 5 in Evens(), 9 in Squares(), 10 in Squares(), 16 not in Squares())
print(1 in Truthy(), 0 in Truthy(), "" in Truthy(), [0] in Truthy())
try:
    3 in object()
except TypeError as e:
    print("TypeError:", e)
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, *more, scale=1):
        self.calls += 1
        return (x + self.n + sum(more)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(2, scale=10), add5.calls, callable(add5), callable(Adder), callable(3))
print(list(map(add5, [10, 20])), sorted([3, 1, 2], key=Adder(-10)), add5.calls)
class Compose:
    def __init__(self, *funcs):
        self.funcs = funcs
    def __call__(self, x):
        for f in reversed(self.funcs):
            x = f(x)
        return x
pipeline = Compose(str, Adder(1), abs)
print(repr(pipeline(-7)), Compose()(42), Compose(len, str.upper)("abc"))
class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self):
        self.count += 1
        return self.count
    def __contains__(self, n):
        return 0 < n <= self.count
c = Counter()
print([c() for _ in range(3)], 2 in c, 4 in c, c(), 4 in c)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
class Method:
    def __call__(self):
        return "instance call"
    def run(self):
        return self()
print(Method().run(), Method()())
