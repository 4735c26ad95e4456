# Checks that a dict joins the collector's list only when it first holds a container, as in CPython (it decides __del__ order).
import gc
class Obj:
    def __init__(self, id):
        self.id = id
    def __del__(self):
        print("del", self.id)
gc.collect()
d = {}
d["k0"] = Obj(3)
d["k1"] = Obj(4)
gc.collect()
d["me"] = d
del d
gc.collect()
print("--- end ---")
e = {}
e["a"] = Obj(5)
e["b"] = Obj(6)
t = (1, 2)
u = (Obj(7), 3)
print("exit")
