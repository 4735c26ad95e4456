# Checks the traceback of an error inside a list comprehension (its own <listcomp> frame).
def f(xs):
    return [10 // x for x in xs]
f([1, 0])
