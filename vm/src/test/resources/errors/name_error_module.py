# NameError at module level after some output.
x = 10
print('x is', x)
print(y)
