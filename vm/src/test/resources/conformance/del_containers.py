# Checks the order __del__ runs for items of dying lists, tuples and dicts, instance attributes and chains.
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

print("-- list")
lst = [D("l0"), D("l1"), D("l2")]
lst = None
print("-- list.clear")
lst = [D("c0"), D("c1"), D("c2")]
lst.clear()
print("-- del slice")
lst = [D("s0"), D("s1"), D("s2"), D("s3")]
del lst[1:3]
print("-- rest of list")
lst = None
print("-- tuple")
t = (D("t0"), D("t1"), D("t2"))
t = None
print("-- nested list")
lst = [[D("a0"), D("a1")], [D("b0"), D("b1")]]
lst = None
print("-- dict values")
d = {"x": D("dx"), "y": D("dy"), "z": D("dz")}
d["x"] = D("dx2")
del d["y"]
d["y"] = D("dy2")
d = None
print("-- dict keys and values")
d = {D("k1"): D("v1"), D("k2"): D("v2")}
d = None
print("-- dict.clear")
d = {1: D("e1"), 2: D("e2")}
d.clear()
print("-- attributes")
o = D("owner")
o.first = D("first")
o.second = D("second")
o.third = D("third")
o = None
print("-- chain")
head = D("head")
head.next = D("middle")
head.next.next = D("tail")
head = None
print("-- instance holding a list")
o = D("holder")
o.items = [D("i0"), D("i1")]
o = None
print("end")
