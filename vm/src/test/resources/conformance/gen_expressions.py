# Checks generator expressions: in sum/any/all/min/max/sorted/join/list/tuple/set/dict, laziness, short-circuiting with side effects, next() with a default.
nums = [3, 8, 1, 9, 4, 7]
print(sum(x * x for x in nums), max(x % 5 for x in nums), min(-x for x in nums))
print(any(x > 8 for x in nums), all(x > 0 for x in nums), any(x > 100 for x in nums), all(x % 2 for x in nums))
print(list(x for x in nums if x % 2), tuple(str(x) for x in nums[:3]), sorted(x for x in nums if x > 3))
print(", ".join(str(x) for x in nums), "".join(c.upper() for c in "gen" if c != "e"))
print(set(x % 3 for x in nums), dict((x, x * 2) for x in nums[:3]))
seen = []
def check(x):
    seen.append(x)
    return x > 5
print(any(check(x) for x in nums), seen)
seen.clear()
print(all(check(x) for x in [9, 7, 2, 10]), seen)
g = (x * 10 for x in range(3))
print(type(g).__name__, next(g), next(g), next(g), next(g, "empty"), list(g))
print(next((x for x in nums if x > 7), None), next((x for x in nums if x > 70), "none found"))
lazy = (print("  producing", i) or i for i in range(3))
print("created, nothing produced yet")
print(next(lazy))
print(list(lazy))
matrix = [[1, 2, 3], [4, 5, 6]]
print(sum(sum(row) for row in matrix), list(x for row in matrix for x in row if x != 4))
print(max((len(w), w) for w in "the quick brown fox".split()), sum(1 for _ in range(10)))
words = ["apple", "Banana", "cherry"]
print(sorted((w.lower() for w in words), key=len), list(zip((w[0] for w in words), range(3))))
total = sum(x for x in range(100000) if x % 9999 == 0)
print(total)
x = "outer"
print(list(x for x in "ab"), x)
def scaled(k):
    return list(v * k for v in range(3))
print(scaled(5))
