# Checks the order in which a function's locals die at return: parameters, then locals by first appearance, then cells.
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def three():
    a = D("a")
    b = D("b")
    c = D("c")
    print("return three")

def slot_order():
    a = None
    b = D("b made first")
    a = D("a made second")
    print("return slot_order")

def with_params(p, q):
    local = D("local")
    print("return with_params")

def first_mention(flag):
    if flag:
        print(late.name)
    early = D("early")
    late = D("late")
    print("return first_mention")

def rebinds_param(p):
    p = D("p2")
    print("return rebinds_param")

def returns_one():
    keep = D("keep")
    drop = D("drop")
    return keep

def with_cell():
    a = D("a")
    c = D("cell")
    def inner():
        return c
    b = D("b")
    print("return with_cell")

three()
slot_order()
with_params(D("p"), D("q"))
first_mention(False)
rebinds_param(D("p1"))
kept = returns_one()
print("kept", kept.name)
kept = None
with_cell()
print("end")
