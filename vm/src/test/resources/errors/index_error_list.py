# IndexError: list index out of range inside a function called in a loop.
def get(items, i):
    return items[i]

data = [10, 20, 30]
for i in range(5):
    print(get(data, i))
