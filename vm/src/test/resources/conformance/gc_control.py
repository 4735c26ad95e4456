# Checks gc.enable/disable/isenabled, get_threshold, and that collect() still works while automatic gc is off.
import gc
gc.collect()

class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

print("enabled at start", gc.isenabled())
print("threshold", gc.get_threshold())
gc.disable()
print("after disable", gc.isenabled())
gc.disable()
print("disable twice", gc.isenabled())
a = D("a")
b = D("b")
a.peer = b
b.peer = a
a = None
b = None
i = 0
junk = []
while i < 3000:
    junk.append([i])
    i = i + 1
junk = None
print("built garbage while disabled")
print("explicit collect", gc.collect())
gc.enable()
print("after enable", gc.isenabled())
gc.enable()
print("enable twice", gc.isenabled())
print("threshold unchanged", gc.get_threshold())
c = D("c")
c.me = c
c = None
print("collect after enable", gc.collect())
print("collect again", gc.collect())
print("end")
