def f():
    yield 1
g = f()
g.send(5)
