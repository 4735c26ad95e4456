# Checks zip() and map() over objects whose __iter__ and __next__ are Python code (which run while the iterators and items already taken are held).
class Items:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for _ in range(12):
            pass
        return iter(self.items)


class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        for _ in range(12):
            pass
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return [self.i]


x = Items([[1], [2]])
print(list(zip(x, x)))
print(list(zip([[5], [6]], Count(3))))
print(list(zip(Count(2), [[7]], Count(2))))
print(list(map(lambda a, b: (a, b), [[3], [4]], x)))
print(list(map(lambda a, b: (a, b), [[3], [4]], Count(5))))
print(list(map(lambda a, b, c: a + b + c, Count(3), x, Count(4))))
print(sorted(zip(Items([3, 1, 2]), Count(3)), key=lambda p: p[0]))
print(dict(zip(Items(["a", "b"]), Count(2))))
