# Checks finalizer order in a collected cycle (creation order) and that all finalizers run before any object is cleared.
import gc
gc.collect()

class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "peer", self.peer.name)

def make_pair(first, second):
    x = D(first)
    y = D(second)
    y.peer = x
    x.peer = y

make_pair("made first", "made second")
print("pair built in a function", gc.collect())

b = D("b made first")
a = D("a made second")
a.peer = b
b.peer = a
del a
del b
print("names do not matter", gc.collect())

nodes = []
i = 0
while i < 4:
    nodes.append(D("n" + str(i)))
    i = i + 1
i = 0
while i < 4:
    nodes[i].peer = nodes[(i + 3) % 4]
    i = i + 1
nodes[0].ring = nodes
nodes = None
print("ring of four plus list", gc.collect())

two = D("second cycle")
one = D("first cycle")
two.peer = two
one.peer = one
one = None
two = None
print("two separate cycles", gc.collect())
print("end")
