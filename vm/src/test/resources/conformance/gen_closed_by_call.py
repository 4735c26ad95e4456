# A generator dropped while a call's arguments are popped is closed then: its finally runs, the call's result is still held.
class Obj:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        print("del", self.i)
def walk(seq):
    try:
        for o in seq:
            yield o
    finally:
        print("walk done")
g0 = (Obj(1), Obj(2))
g0 = [next(walk(g0), None)]
print("end")
