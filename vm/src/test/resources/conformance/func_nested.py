# Checks nested function definitions, recursive inner functions, and functions defined in loops/branches.
def outer(n):
    def helper(k):
        if k == 0:
            return []
        return helper(k - 1) + [k]
    return helper(n)

print(outer(0), outer(5))

def choose(flag):
    if flag:
        def f():
            return 'first definition'
    else:
        def f():
            return 'second definition'
    return f()

print(choose(True), choose(False))

def redefine():
    def g():
        return 1
    a = g()
    def g():
        return 2
    return [a, g()]

print(redefine())

def tree_sum(tree):
    total = 0
    def visit(node):
        nonlocal total
        if isinstance(node, list):
            for child in node:
                visit(child)
        else:
            total += node
    visit(tree)
    return total

print(tree_sum([1, [2, 3, [4]], [], [[5]]]))

def make_ops():
    def add(a, b):
        return a + b
    def mul(a, b):
        return a * b
    def fold(op, items, start):
        acc = start
        for x in items:
            acc = op(acc, x)
        return acc
    return [fold(add, range(1, 11), 0), fold(mul, range(1, 11), 1), fold(add, ['a', 'b'], '')]

print(make_ops())

def level1():
    def level2():
        def level3():
            def level4():
                return 'deep'
            return level4() + '3'
        return level3() + '2'
    return level2() + '1'

print(level1())

def counter_of_calls():
    calls = 0
    def work(x):
        nonlocal calls
        calls += 1
        if x > 0:
            work(x - 1)
    work(5)
    return calls

print(counter_of_calls())

def memo_outer():
    seen = {}
    def square(n):
        if n not in seen:
            print('computing', n)
            seen[n] = n * n
        return seen[n]
    return [square(3), square(3), square(4), len(seen)]

print(memo_outer())

def default_from_outer(base):
    def inner(x, b=base):
        return x + b
    return inner(1), inner(1, 100)

print(default_from_outer(10))
