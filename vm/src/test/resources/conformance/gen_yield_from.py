# Checks yield from: delegation to generators and iterables, the delegate's return value, nesting, and recursive generators (tree walks).
def inner(tag):
    yield tag + "1"
    yield tag + "2"
    return tag.upper()

def outer():
    r1 = yield from inner("a")
    print("  inner returned", r1)
    r2 = yield from inner("b")
    print("  inner returned", r2)
    yield from [10, 20]
    yield from range(3)
    yield from "xy"
    return r1 + r2

g = outer()
print(list(g))
g = outer()
while True:
    try:
        value = next(g)
    except StopIteration as e:
        print("outer returned", e.value)
        break

def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x

print(list(flatten([1, [2, [3, [4]], 5], [], [[6]]])))

class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()

t = Tree("root", Tree("a", Tree("a1"), Tree("a2")), Tree("b"), Tree("c", Tree("c1", Tree("c1x"))))
for depth, value in t.walk():
    print("  " * depth + value)
print(list(t.leaves()), len(list(t.walk())))

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], (3,), "ab", range(2), {7: "x"})))

def counter_with_result(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return total

def collect(n):
    result = yield from counter_with_result(n)
    yield "sum=" + str(result)

print(list(collect(5)), list(collect(0)))

def depth_first(n):
    if n > 0:
        yield from depth_first(n - 1)
        yield n
        yield from depth_first(n - 1)

print(list(depth_first(3)))
