# Checks __del__ of what a function leaves on its operand stack when an exception leaves it (dropped at once, top first) and of its locals (kept by the exception until it dies).
class D:
    def __init__(self, i):
        self.i = i

    def __del__(self):
        print("del", self.i)


def fail(x):
    raise ValueError(D(x))


def in_list():
    local = D(1)
    return [D(2), fail(3)]


def in_call():
    local = D(11)
    return len([D(12), D(13)], fail(14))


def nested():
    local = D(21)
    return (D(22), in_list())


for f in (in_list, in_call, nested):
    try:
        f()
    except ValueError as e:
        print("handler", e.args[0].i)
    print("--")
print("end")
