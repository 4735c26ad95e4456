# TypeError: iterating over an int in a for loop inside a function.
def total(items):
    s = 0
    for x in items:
        s += x
    return s

print(total([1, 2, 3]))
print(total(10))
