# Checks user objects as dict keys and set members: __eq__ with __hash__, default identity hashing, unhashable classes and mutation hazards.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
class Plain:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Plain({self.v})"
class EqOnly:
    def __eq__(self, other):
        return True
visits = {}
for p in [Point(0, 0), Point(1, 2), Point(0, 0), Point(1, 2), Point(3, 3), Point(0, 0)]:
    visits[p] = visits.get(p, 0) + 1
print(visits, len(visits), visits[Point(1, 2)], Point(9, 9) in visits)
print(len({Point(1, 1), Point(1, 1), Point(2, 1)}), Point(1, 1) in {Point(1, 1)}, hash(Point(1, 2)) == hash((1, 2)))
a, b = Plain(1), Plain(1)
s = {a, b, a}
print(len(s), a in s, Plain(1) in s, a == b, a == a, {a: "x"}.get(b, "missing"))
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
print(EqOnly() == 5, EqOnly.__hash__ is None)
for bad in [[1], {1: 2}, {1}]:
    try:
        {bad: 1}
    except TypeError as e:
        print("TypeError:", e)
try:
    {(1, [2]): 1}
except TypeError as e:
    print("TypeError:", e)
print({(1, (2, 3)): "nested tuple"}[(1, (2, 3))], {frozen: 1 for frozen in [(1,), (1,)]})
grid = {}
for x in range(3):
    for y in range(3):
        grid[Point(x, y)] = x * 3 + y
print(grid[Point(2, 1)], sum(grid.values()), [k for k in grid if k.x == k.y])
moving = Point(5, 5)
bag = {moving: "here"}
moving.x = 6
print(bag.get(moving, "lost after mutation"), bag.get(Point(5, 5), "old key no longer equal"), list(bag.values()))
class Hashed:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return self.h == other.h
print(len({Hashed(1), Hashed(1), Hashed(-1), Hashed(-2)}), hash(Hashed(-1)), hash(Hashed(2 ** 70)) == hash(2 ** 70))
print(hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b", True: "c"}, hash(-1), hash(0.5) == hash(0.5))
