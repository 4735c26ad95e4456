# Checks sys.getrefcount of lists, dicts, instances and functions bound to names, locals, copies, del and temporaries.
import sys

class Box:
    def __init__(self):
        self.v = 0

def helper():
    return 1

lst = [1, 2, 3]
dct = {"a": 1}
box = Box()
print("global list", sys.getrefcount(lst))
print("global dict", sys.getrefcount(dct))
print("global instance", sys.getrefcount(box))
print("global function", sys.getrefcount(helper))
print("temp list", sys.getrefcount([]))
print("temp dict", sys.getrefcount({}))
print("temp instance", sys.getrefcount(Box()))
print("temp tuple", sys.getrefcount((lst, dct)))

other = lst
print("two names", sys.getrefcount(lst))
third = other
print("three names", sys.getrefcount(lst))
del other
print("after del", sys.getrefcount(lst))
third = None
print("after rebind", sys.getrefcount(lst))
x = y = box
print("chained assign", sys.getrefcount(box))
del x
del y
print("back to one", sys.getrefcount(box))

def locals_demo():
    a = []
    print("local", sys.getrefcount(a))
    b = a
    print("local copy", sys.getrefcount(a))
    c = b
    print("two copies", sys.getrefcount(a))
    del b
    print("after del local", sys.getrefcount(a))
    c = 0
    print("after rebind local", sys.getrefcount(a))
    print("global from function", sys.getrefcount(lst))
    return a

r = locals_demo()
print("returned", sys.getrefcount(r))
print("returned temp", sys.getrefcount(locals_demo()))
pair = (lst, [])
print("runtime tuple", sys.getrefcount(pair))
