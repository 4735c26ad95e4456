# Checks when locals of a frame left by an exception are freed: the exception keeps them alive until the handler ends (e is deleted).
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)
def fails(tag):
    local = Noisy("local of " + tag)
    raise ValueError(tag)
print("1: handler with name")
try:
    fails("a")
except ValueError as e:
    print("  in handler", e)
print("  after handler")
print("2: handler without name")
try:
    fails("b")
except ValueError:
    print("  in handler")
print("  after handler")
print("3: exception kept in a variable")
saved = None
try:
    fails("c")
except ValueError as e:
    saved = e
print("  after handler, saved", saved)
saved = None
print("  saved cleared")
print("4: nested frames")
def outer():
    keep = Noisy("outer local")
    fails("d")
try:
    outer()
except ValueError:
    print("  caught from outer")
print("5: caught inside the function")
def catches():
    obj = Noisy("catches local")
    try:
        fails("e")
    except ValueError:
        print("  caught inside")
    print("  returning")
catches()
print("6: returned normally")
def normal():
    n = Noisy("normal local")
    return 1
normal()
print("end")
