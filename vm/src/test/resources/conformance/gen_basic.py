# Checks generator functions: yield, next(), for loops over generators, exhaustion, generator state, return value as StopIteration.value.
def count_up(n):
    print("  start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("  end")
    return "finished"

g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print(next(g, "default after exhaustion"))
print(list(count_up(4)))
for x in count_up(2):
    print("for got", x)

def squares(xs):
    for x in xs:
        yield x * x

print(list(squares(range(5))), sum(squares([1, 2, 3])), max(squares([-4, 3])))
print(list(zip(squares([1, 2, 3]), "abc")), list(enumerate(squares([5, 6]))))
print(dict(zip("xyz", squares(range(1, 4)))), sorted(squares([3, -1, 2]), reverse=True))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])
print(next(f), next(f))

def empty():
    return
    yield

print(list(empty()), next(empty(), "nothing"))

def only_return():
    if False:
        yield 1
    return 42

try:
    next(only_return())
except StopIteration as e:
    print("returned", e.value)

def lines():
    yield "a"
    yield "b"
    yield "c"

it = lines()
print(iter(it) is it, "-".join(it), list(it))
gen_a = count_up(2)
gen_b = count_up(2)
print(gen_a is not gen_b, next(gen_a), next(gen_b), next(gen_a))
a, b, *rest = squares(range(6))
print(a, b, rest)
print(3 in squares(range(3)), 4 in squares(range(3)))

def stateful():
    total = 0
    for x in [5, 10, 20]:
        total += x
        yield total
    yield "done with " + str(total)

print(list(stateful()))
