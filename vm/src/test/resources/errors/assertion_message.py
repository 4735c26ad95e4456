# AssertionError with a message computed from an expression, inside a function.
def check(n):
    assert n > 0, 'n must be positive, got ' + str(n)
    return n

print(check(5))
check(-2)
