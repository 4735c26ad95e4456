def gen():
    try:
        yield 1
    except ValueError:
        raise TypeError("converted")

g = gen()
next(g)
g.throw(ValueError("v"))
