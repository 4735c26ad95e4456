def sub():
    yield 1
    yield 2

def gen():
    yield from sub()

g = gen()
next(g)
g.throw(KeyError("k"))
