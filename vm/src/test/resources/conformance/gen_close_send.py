# Checks generator lifecycle: infinite generators with break, close() and GeneratorExit, try/finally in a generator run on close or when the generator is freed, and send().
def naturals():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("  naturals cleanup at", n)

for n in naturals():
    if n == 3:
        break
print("after break")

g = naturals()
print(next(g), next(g))
g.close()
print("closed explicitly")
print(next(g, "exhausted after close"))

def resource(name):
    print("  open", name)
    try:
        yield name + ":1"
        yield name + ":2"
    finally:
        print("  release", name)

r = resource("r1")
print(next(r))
del r
print("after del")
r2 = resource("r2")
print(list(r2))

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  got GeneratorExit")
        raise

c = catches_exit()
next(c)
c.close()

def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"

b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return average
        total += value
        count += 1
        average = total / count

avg = averager()
print(next(avg))
for v in [10, 20, 60]:
    print("avg", avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("final", e.value)

def echo():
    received = yield "ready"
    while True:
        received = yield "echo " + str(received)

e = echo()
print(next(e), e.send("a"), e.send(2), next(e))
try:
    naturals().send(5)
except TypeError as err:
    print("TypeError:", err)

def taker(gen, n):
    out = []
    for x in gen:
        if len(out) == n:
            break
        out.append(x)
    return out

print(taker(naturals(), 4))
print("end")
