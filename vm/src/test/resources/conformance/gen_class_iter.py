# Checks generators as __iter__ of classes, generator methods with arguments, reusable iterables vs one-shot generators, and generators over mutating state.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def evens(self):
        for n in self:
            if n % 2 == 0:
                yield n

c = Countdown(5)
print(list(c), list(c), sum(c), list(c.evens()), 3 in c, 9 in c)
print(sorted(c), [x * y for x, y in zip(c, Countdown(3))], dict(enumerate(c)))

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __iter__(self):
        for row in self.rows:
            yield from row
    def columns(self):
        for j in range(len(self.rows[0])):
            yield [row[j] for row in self.rows]
    def diagonal(self):
        i = 0
        while i < min(len(self.rows), len(self.rows[0])):
            yield self.rows[i][i]
            i += 1

m = Matrix([[1, 2, 3], [4, 5, 6]])
print(list(m), list(m.columns()), list(m.diagonal()), max(m), sum(x for x in m if x % 2))

class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty
        return self
    def __iter__(self):
        for name in sorted(self.items):
            yield name, self.items[name]
    def low(self, limit):
        return (name for name, qty in self if qty <= limit)

inv = Inventory().add("pear", 3).add("apple", 10).add("fig", 1).add("pear", 1)
print(list(inv), list(inv.low(4)), dict(inv))
g = iter(inv)
print(next(g))
inv.add("banana", 2)
print(list(g))
print(list(inv))
