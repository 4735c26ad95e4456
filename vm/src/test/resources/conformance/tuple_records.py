# Checks tuples as records: unpacking in for loops, nested unpacking, star targets, comparisons, sorting, tuples as dict keys, zip/enumerate idioms.
employees = [("ann", ("eng", 3), 120), ("bob", ("ops", 1), 95), ("cid", ("eng", 1), 105), ("dee", ("mgmt", 2), 150)]
for name, (dept, level), salary in employees:
    print(f"{name:<4}{dept:<5}L{level} {salary:>4}")
by_key = {(dept, level): name for name, (dept, level), _ in employees}
print(by_key, by_key[("eng", 1)], ("ops", 2) in by_key)
first, *middle, last = employees
print(first[0], [m[0] for m in middle], last[0])
(a, b), c = (1, 2), 3
[d, (e, f)] = ["x", ("y", "z")]
head, *tail = "hello"
*init, end = range(4)
print(a, b, c, d, e, f, head, tail, init, end)
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), (1, "a") == (1, "a"), () < (0,), (1, 2) != (1, 2.0))
pairs = [(3, "c"), (1, "b"), (3, "a"), (2, "z")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), max(pairs), min(pairs, key=lambda p: (-p[0], p[1])))
names = ["x", "y", "z"]
values = [10, 20, 30]
for i, (n, v) in enumerate(zip(names, values), start=1):
    print(i, n, v, end="; ")
print()
table = list(zip(*[(1, "a", True), (2, "b", False), (3, "c", True)]))
print(table, list(zip(*table)))
point = (3, 4)
x, y = point
x, y = y, x
print(point, (x, y), point + (5,), point * 2, point[::-1], len(point), point.index(4), (1, 1, 2).count(1))
t = (1, [2, 3])
t[1].append(4)
print(t)
try:
    t[0] = 9
except TypeError as err:
    print("TypeError:", err)
try:
    x, y = (1, 2, 3)
except ValueError as err:
    print("ValueError:", err)
try:
    x, y, z = (1, 2)
except ValueError as err:
    print("ValueError:", err)
try:
    a, *b, c = (1,)
except ValueError as err:
    print("ValueError:", err)
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, avg = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, round(avg, 3), stats((1,)))
singleton = (5,)
empty = ()
print(singleton, empty, type(singleton).__name__, tuple("ab"), tuple([1, 2]), tuple(range(3)), (1,) * 0, hash((1, 2)) == hash((1, 2)))
matrix = ((1, 2), (3, 4))
print(sum([sum(row) for row in matrix]), [col for col in zip(*matrix)], tuple(reversed(matrix)), tuple([r[::-1] for r in matrix]))
