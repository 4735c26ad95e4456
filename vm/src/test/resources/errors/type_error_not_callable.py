# TypeError: calling an int that shadows a function name.
def compute():
    return 1

print(compute())
compute = 5
compute()
