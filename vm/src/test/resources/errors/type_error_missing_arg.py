# TypeError: a function called with a required positional argument missing, from a nested call.
def f(a, b):
    return a * b

def g():
    return f(7)

print(f(2, 3))
g()
