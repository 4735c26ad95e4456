# Checks list, set and dict comprehensions: nesting, conditions, scopes and closures.
squares = [x * x for x in range(6)]
print(squares)
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print({x % 4 for x in range(10)})
print({w: len(w) for w in ["a", "bb", "ccc"]})
n = 10
def scale(k):
    return [v * k + n for v in range(3)]
print(scale(2))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
x = "outer"
print([x for x in "ab"], x)
words = ["apple", "bob", "kayak", "level", "zebra"]
print([w.upper() for w in words if w == w[::-1]])
print(sum([len(w) for w in words]), {k: v for k, v in zip("abc", range(3))})
