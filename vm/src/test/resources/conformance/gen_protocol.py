# Generators: next/send/throw/close, yield from, generator expressions, StopIteration and PEP 479.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)
print(next(g, "default"))
print(sum(x * x for x in range(10)))
print(", ".join(str(x) for x in range(3)))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, 2, 0]))

def echo():
    got = yield "ready"
    while True:
        got = yield "got " + str(got)

e = echo()
print(next(e))
print(e.send(1))
print(e.send("x"))
e.close()

def inner():
    x = yield 1
    y = yield 2
    return x + y

def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
    return r

o = outer()
print(next(o))
print(o.send(3))
print(o.send(4))
print(next(o))
try:
    next(o)
except StopIteration as s:
    print("outer stop", s.value)

def fin():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

f = fin()
print(next(f))
del f
print("after del")

def catcher():
    while True:
        try:
            yield
        except ValueError as ex:
            print("caught", ex)

c = catcher()
next(c)
c.throw(ValueError("boom"))
c.throw(ValueError, "two")
c.close()
print(type(c).__name__)

def bad():
    yield 1
    raise StopIteration

try:
    list(bad())
except RuntimeError as r:
    print("RuntimeError:", r, type(r.__cause__).__name__)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

for i, v in zip(range(10), fib()):
    pass
print(i, v)
gen = (x for x in range(3))
print(list(gen), list(gen))
print(sorted((y for y in [3, 1, 2]), reverse=True))
print(dict((k, k * 2) for k in range(3)))
def ignore():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ig = ignore()
next(ig)
try:
    ig.close()
except RuntimeError as err:
    print(err)
