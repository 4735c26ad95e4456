# Checks closures capturing enclosing variables, nonlocal rebinding and late binding.
def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(1))

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2(), c1())

def outer():
    x = 'outer'
    def middle():
        def inner():
            return x + '-inner'
        return inner()
    return middle()
print(outer())

def late():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    return fns
res = []
for fn in late():
    res.append(fn())
print(res)

def bind_each():
    fns = []
    for i in range(3):
        def make(j):
            def g():
                return j * j
            return g
        fns.append(make(i))
    return fns
res = []
for fn in bind_each():
    res.append(fn())
print(res)

def accumulator(start):
    total = start
    def add(amount):
        nonlocal total
        total = total + amount
        return total
    def get():
        return total
    return [add, get]

pair = accumulator(100)
add = pair[0]
get = pair[1]
add(10)
add(-30)
print(get())

def shadow():
    x = 1
    def inner():
        x = 2
        return x
    r = inner()
    return [x, r]
print(shadow())

def see_later():
    def inner():
        return value
    value = 'assigned after def'
    return inner()
print(see_later())

def two_levels():
    a = 1
    def mid():
        nonlocal a
        a += 10
        def deep():
            nonlocal a
            a *= 2
        deep()
    mid()
    return a
print(two_levels())

def make_list_appender():
    items = []
    def app(x):
        items.append(x)
        return items
    return app
ap = make_list_appender()
ap(1)
print(ap(2))
