# Checks that __del__ runs once per object: shared references, explicit calls and resurrection.
import sys

saved = None

class D:
    def __init__(self, name):
        self.name = name
        self.calls = 0

    def __del__(self):
        self.calls = self.calls + 1
        print("del", self.name, self.calls)

class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        global saved
        print("finalizing", self.name)
        saved = self

a = D("shared")
b = a
c = [a, a]
del a
print("one name gone")
del b
print("two names gone")
c.pop()
print("one list slot left")
c = None
print("--")
e = D("explicit")
e.__del__()
print("explicit call is an ordinary method call")
e = None
print("--")
p = Phoenix("phoenix")
p = None
print("resurrected", saved.name, sys.getrefcount(saved))
saved = None
print("no second finalizer")
p = Phoenix("again")
del p
print("resurrected", saved.name)
q = saved
saved = None
print("still alive through q", q.name)
q = None
print("end")
