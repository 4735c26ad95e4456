# Checks that instance cycles survive del and are freed by gc.collect(), which returns the number of objects found.
import gc
gc.collect()

class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

class Plain:
    pass

a = D("a")
b = D("b")
a.other = b
b.other = a
del a
print("a deleted, cycle still alive")
del b
print("b deleted, cycle still alive")
print("collected", gc.collect())
print("nothing left", gc.collect())
print("--")
x = D("x")
y = D("y")
z = D("z")
x.next = y
y.next = z
z.next = x
x = None
y = None
z = None
print("collected", gc.collect())
print("--")
s = D("self")
s.me = s
s = None
print("collected", gc.collect())
print("--")
p = Plain()
q = Plain()
p.other = q
q.other = p
p.extra = Plain()
keep = q
p = None
q = None
print("reachable through keep", gc.collect())
keep = None
print("collected", gc.collect())
print("--")
n = D("node")
n.items = [D("i0"), D("i1")]
n.items.append(n)
n = None
print("collected", gc.collect())
print("end")
