# Checks classes: __init__, instance attributes, methods, self mutation and multiple instances.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy

    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2

    def as_tuple(self):
        return (self.x, self.y)

p = Point(1, 2)
q = Point(4, 6)
print(p.x, p.y, q.as_tuple())
print(p.dist2(q), q.dist2(p))
p.move(2, 3)
print(p.as_tuple())
p.z = 'dynamic'
print(p.z)
p.x = 'replaced'
print(p.as_tuple(), q.as_tuple())
print(type(p) == Point, isinstance(p, Point), isinstance(5, Point))
print(type(p))
print(Point)

class Empty:
    pass

e = Empty()
e.value = 42
print(e.value, isinstance(e, Empty), isinstance(e, Point))

class Counter:
    def __init__(self, start=0):
        self.n = start
    def inc(self, by=1):
        self.n += by
        return self
    def get(self):
        return self.n

c = Counter()
c.inc().inc().inc(by=10)
print(c.get(), Counter(100).inc(5).get())
print(Point.move is Point.move)
r = Point(0, 0)
Point.move(r, 7, 8)
print(r.as_tuple())
alias = r
alias.x = -1
print(r.x, alias is r, Point(1, 1) is Point(1, 1))
