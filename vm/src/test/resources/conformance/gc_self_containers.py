# Checks gc.collect() on self-containing lists and dicts and on cycles mixing lists, dicts and tuples.
import gc
import sys
gc.collect()

lst = [1, 2]
lst.append(lst)
print(lst)
print("refcount", sys.getrefcount(lst))
print("still named", gc.collect())
del lst
print("self list", gc.collect())

d = {"k": 1}
d["me"] = d
print(d)
print("refcount", sys.getrefcount(d))
d = None
print("self dict", gc.collect())

a = []
b = [a]
a.append(b)
print(a)
del a
print("reachable through b", gc.collect())
del b
print("two lists", gc.collect())

d = {"items": []}
d["items"].append(d)
d = None
print("dict and list", gc.collect())

t = ([], [])
t[0].append(t)
t = None
print("tuple and two lists", gc.collect())

ring = [[], [], []]
ring[0].append(ring[1])
ring[1].append(ring[2])
ring[2].append(ring[0])
ring = None
print("ring of three", gc.collect())

plain = [[1], {"x": [2]}]
plain = None
print("no cycle", gc.collect())
print("empty", gc.collect())
