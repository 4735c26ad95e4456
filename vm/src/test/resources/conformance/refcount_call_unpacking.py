# Checks sys.getrefcount of arguments passed with * and ** (the tuple, the dict and, with keywords, the call's own references, as in CPython) and when the temporaries of such calls die.
import sys


class D:
    def __init__(self, i):
        self.i = i

    def __del__(self):
        print("del", self.i)


def count(a, b=None, *rest, n=0, **kw):
    print(sys.getrefcount(a), sys.getrefcount(b), len(rest), n, sorted(kw))


def forward(fn, *args, **kwargs):
    return fn(*args, **kwargs)


x = D(1)
y = D(2)
t = (x, y)
lst = [x, y]
count(x, y)
count(*t)
count(*lst)
count(x, *[y])
count(*[x, y], 5)
count(x, y, **{"n": 3})
count(*t, **{"n": 3})
count(**{"a": x, "b": y})
count(x, b=y, **{"k": 1})
count(x, **{"b": y}, n=2)
forward(count, x, y)
forward(count, x, y, n=4)
forward(count, *t, z=1)
count(*(D(3), D(4)))
print("after 1")
count(D(5), *[D(6)], n=1)
print("after 2")
count(**{"a": D(7), "b": D(8)})
print("after 3")
forward(count, D(9), b=D(10))
print("end")
