# Checks global statements, module-level variable reads, and local shadowing.
counter = 0
name = 'module'

def increment():
    global counter
    counter += 1

def read_only():
    return counter * 10

def shadowing():
    name = 'local'
    return name

def create_global():
    global created
    created = 'made inside function'

for i in range(3):
    increment()
print(counter, read_only())
print(shadowing(), name)
create_global()
print(created)

def reset():
    global counter, name
    counter = 0
    name = 'reset'
reset()
print(counter, name)

items = []
def add_item(x):
    items.append(x)
add_item('a')
add_item('b')
print(items)

def uses_builtin():
    return len([1, 2, 3])
print(uses_builtin())

len_backup = 5
def param_shadow(counter):
    return counter + 1
print(param_shadow(41), counter)

x = 'global x'
def outer():
    x = 'outer x'
    def inner():
        global x
        x = 'changed global'
        return x
    inner()
    return x
print(outer(), x)

total = 0
def add_to_total(values):
    global total
    for v in values:
        total += v
    return total
print(add_to_total([1, 2, 3]), add_to_total([10]), total)

def read_then_global_unchanged():
    return total + counter
print(read_then_global_unchanged())
def make_and_use():
    global fresh
    fresh = []
    fresh.append('x')
    return len(fresh)
print(make_and_use(), fresh)
