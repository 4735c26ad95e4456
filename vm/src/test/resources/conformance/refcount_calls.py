# Checks sys.getrefcount of arguments, parameters, method self and closure cells inside calls.
import sys

def count_param(p):
    return sys.getrefcount(p)

def count_with_copy(p):
    q = p
    return sys.getrefcount(p)

def count_after_rebind(p):
    p = None
    return sys.getrefcount(shared)

shared = []
print("param of global", count_param(shared))
print("param of temp", count_param([]))
print("param and local copy", count_with_copy(shared))
print("param rebound", count_after_rebind(shared))
print("keyword param and local copy", count_with_copy(p=shared))
print("keyword argument", count_param(p=shared))

class Counter:
    def count_self(self):
        return sys.getrefcount(self)

c = Counter()
print("method on global", c.count_self())
print("method on temp", Counter().count_self())
bound = c.count_self
print("bound method held", bound())
del bound

def make_reader():
    data = []
    print("cell in maker", sys.getrefcount(data))
    def read():
        return data
    def count():
        return sys.getrefcount(data)
    return read, count

read, count = make_reader()
print("cell from inner", count())
print("cell via returned value", sys.getrefcount(read()))
held = read()
print("cell plus name", count())
del held
print("back to cell only", count())

def outer():
    box = []
    def bump():
        box.append(1)
        return sys.getrefcount(box)
    return bump

print("fresh closure", outer()())
