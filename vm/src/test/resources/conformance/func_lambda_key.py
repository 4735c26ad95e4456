# Checks lambda (defaults, closures, names), map, filter, and key= in sort, sorted, min and max.
square = lambda x: x * x
print(square(7), (lambda: "no args")())
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
def make_adder(n):
    return lambda x: x + n
print(make_adder(3)(4))
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x * 2, [1, 2, 3])))
print(square.__name__, square.__qualname__)
def outer():
    return lambda: 1
print(outer().__qualname__)
print(max([1, 5, 3], key=lambda v: -v))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, "", "a"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
words = ["pear", "fig", "banana"]
words.sort(key=len)
print(words, sorted(words, key=len, reverse=True), min(words, key=len), max(words, key=lambda w: w[-1]))
print(sorted([3, 1, 2], key=None), max([], default="empty"), min(4, 2, 8, key=lambda v: -v))
