# Checks where objects that come back to life in __del__ go in the collector's list (to the end: a dying instance is tracked again before its __del__, and what a collection resurrects joins the older objects), and that an exception's args tuple is made before it: seen in the order of later collections.
import gc

graveyard = []


class D:
    keep = False

    def __init__(self, i):
        self.i = i

    def __del__(self):
        print("del", self.i)
        if self.keep:
            graveyard.append(self)


gc.collect()
a = D(1)
r = D(4)
r.give = a
b = D(8)
r.other = b
a.x = b
b.x = a
r.keep = True
del r, a, b
print("collect 1")
gc.collect()
graveyard.clear()
print("collect 2")
gc.collect()

c = D(10)
d = D(11)
c.d = d
d.c = c
c.keep = True
t = D(12)
c.t = t
u = D(13)
t.u = u
print("collect 3")
del c, d
gc.collect()
del t, u
graveyard[0].d = None
print("collect 4")
gc.collect()
graveyard.clear()
print("collect 5")
gc.collect()

a = D(21)
a.x = D(22)
try:
    raise ValueError(a)
except ValueError as e:
    lst = [D(26), a]
    h = D(25)
    h.items = lst
    del lst, a
    print("collect 6")
    gc.collect()
h.me = h
del h
print("collect 7")
gc.collect()
print("end")
