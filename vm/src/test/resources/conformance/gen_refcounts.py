# Generators and reference counts: when the frame's objects die, and who closes what.
import sys
import gc

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def holder():
    n = Noisy("local of generator")
    yield 1
    yield 2
    print("generator finishing")

g = holder()
print("created")
print(next(g))
print("dropping a suspended generator")
g = None
print("after drop")

def runs_out():
    n = Noisy("runs_out local")
    yield n.name
print(list(runs_out()))
print("after list")

def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("finally runs on close")

w = with_finally()
print(next(w))
w.close()
print("closed")
w.close()
print(list(w))

def cyc():
    me = yield
    yield me

c = cyc()
next(c)
c.send(c)
print("cycle made")
del c
print("collected", gc.collect() > 0)

def counted():
    x = [1, 2, 3]
    yield sys.getrefcount(x)
print(next(counted()))

def pipeline():
    nums = (i * i for i in range(10))
    evens = (n for n in nums if n % 2 == 0)
    return sum(evens)
print(pipeline())

def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield from tree(depth - 1)
    yield "node%d" % depth
    yield from tree(depth - 1)
print(list(tree(2)))

def delegating():
    result = yield from averager()
    print("average", result)

def averager():
    total = 0
    count = 0
    while True:
        value = yield
        if value is None:
            return total / count
        total += value
        count += 1

d = delegating()
next(d)
for v in [10, 20, 60]:
    d.send(v)
try:
    d.send(None)
except StopIteration:
    print("delegating done")
print("end")
