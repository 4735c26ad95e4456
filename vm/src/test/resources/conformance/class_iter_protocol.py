# Checks the iterator protocol on user classes: __iter__ returning self or a new iterator, __next__ and StopIteration, and consumers of iterators.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIterator(self.limit)
class FibIterator:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration()
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value
c = Countdown(3)
print(list(c), list(c), next(c, "exhausted"))
f = Fib(100)
print(list(f), sum(f), max(f), len(list(f)), 55 in f, 56 in f)
print(sorted(Fib(20), reverse=True), list(zip(Fib(10), Countdown(4))), list(enumerate(Countdown(2), 1)))
print(dict(zip(Countdown(3), "abc")), tuple(map(str, Fib(5))), list(filter(lambda x: x % 2, Fib(50))))
print(set(Countdown(5)), min(Fib(30)), any([x > 20 for x in Fib(30)]), "-".join(map(str, Countdown(4))))
it = iter(Fib(3))
print(next(it), next(it), next(it), next(it), next(it, None), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
a, b, *rest = Countdown(5)
print(a, b, rest)
for x in Countdown(6):
    if x == 4:
        continue
    if x == 2:
        break
    print("loop", x)
else:
    print("no break")
class Repeat:
    def __init__(self, value, times):
        self.value, self.times = value, times
    def __iter__(self):
        for_list = []
        for _ in range(self.times):
            for_list.append(self.value)
        return iter(for_list)
print(list(Repeat("ab", 3)), [c for c in Repeat(1, 2)], list(Repeat(None, 0)))
class Bad:
    def __iter__(self):
        return 42
class NoNext:
    def __iter__(self):
        return self
for obj in [Bad(), NoNext(), 3]:
    try:
        iter(obj)
        print("iter ok", type(obj).__name__)
        for _ in obj:
            pass
    except TypeError as e:
        print("TypeError:", e)
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Squares()), list(iter(Squares())), [x for x in Squares() if x])
