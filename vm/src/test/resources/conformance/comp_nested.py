# Checks list, dict and set comprehensions with several for and if clauses, dependent ranges, unpacking targets and nesting.
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print([x for row in grid for x in row if x % 2 == 0])
print([(r, c) for r in range(4) if r % 2 for c in range(r) if (r + c) % 2])
print({x: [y for y in range(x) if y % 2 == 0] for x in range(6) if x > 1})
print({(a, b) for a in range(3) for b in range(3) if a < b})
print({a * b for a in range(1, 4) for b in range(1, 4)})
pairs = [("a", 1), ("b", 2), ("c", 3), ("a", 4)]
print({k: v for k, v in pairs}, {v: k for k, v in pairs if v != 2})
print([k * v for k, v in pairs], {k for k, v in pairs if v > 1} == {"a", "b", "c"})
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
index = {w[0]: {c: w.count(c) for c in w if c in "aeiou"} for w in words}
print(index)
print([[c for c in w if c not in "aeiou"] for w in words[:3]])
print({len(w): [x for x in words if len(x) == len(w)] for w in words})
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = [[row[i] for row in matrix] for i in range(len(matrix[0]))]
flat = [n for row in transposed for n in row]
print(transposed, flat, sum([n for n in flat if n > 2]))
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
print([i for i in range(50) if all([i % p for p in range(2, i)]) and i > 1])
n = 4
table = {(i, j): i * j for i in range(1, n + 1) for j in range(i, n + 1)}
print(len(table), table[(2, 3)], max(table, key=table.get), sorted({v for v in table.values()}))
print([x if x % 3 else "fizz" for x in range(1, 10)], [[y for y in range(x)] for x in range(4)])
print({i: {j: i + j for j in range(2)} for i in range(3)})
acc = [(i, j, k) for i in range(2) for j in [i, i + 10] for k in (j, -j) if k != 0]
print(acc)
def make():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]
early, late = make()
print([f(10) for f in early], [f(10) for f in late])
print(sorted({c.upper() for w in words for c in w if c in "lmn"}), {w: i for i, w in enumerate(words) if "l" in w})
