# Checks which globals' __del__ run at interpreter exit and in what order (creation order, not name order).
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def bind_globals():
    global bound_first, bound_second
    made_first = D("made first, bound second")
    made_second = D("made second, bound first")
    bound_first = made_second
    bound_second = made_first

zeta = D("zeta")
_private = D("_private")
alpha = D("alpha")
rebound = D("rebound old")
readded = D("readded old")
__dunder = D("__dunder")
rebound = D("rebound new")
del readded
readded = D("readded new")
bind_globals()
parent = D("parent")
parent.child = D("child of parent")
_late = D("_late")
holder = D("holder")
holder.other = alpha
print("end of script")
