# TypeError: unsupported operand types for + between int and str, two frames deep.
def total(a, b):
    return a + b

print(total(1, 2))
print(total(1, 'two'))
