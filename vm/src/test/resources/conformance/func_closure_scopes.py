# Checks closures and scopes: late binding, default-argument capture, nonlocal counters, shared cells between closures, global vs local.
def make_multipliers():
    late = [lambda x: x * i for i in range(4)]
    bound = [lambda x, i=i: x * i for i in range(4)]
    return [f(10) for f in late], [f(10) for f in bound]
print(make_multipliers())
def account(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            return "insufficient"
        balance -= n
        return balance
    def peek():
        return balance
    return deposit, withdraw, peek
dep, wd, peek = account(100)
print(dep(50), wd(30), wd(500), peek())
dep2, _, peek2 = account(0)
print(dep2(1), peek2(), peek())
counter = 0
def bump():
    global counter
    counter += 1
    return counter
def shadow():
    counter = "local"
    return counter
print(bump(), bump(), shadow(), counter)
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed before call"
    return middle()
print(outer()())
def fibber():
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return step
f = fibber()
print([f() for _ in range(10)])
def unbound():
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return y
unbound()
def make_stack():
    items = []
    return items.append, items.pop, lambda: list(items)
push, pop, snapshot = make_stack()
push(1)
push(2)
push(3)
print(pop(), snapshot())
adders = {}
for name, n in [("one", 1), ("ten", 10)]:
    def adder(x, n=n):
        return x + n
    adders[name] = adder
print(adders["one"](5), adders["ten"](5))
def counter_factory():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c1, c2 = counter_factory(), counter_factory()
print(c1(), c1(), c2(), c1())
x = "global x"
def reads_global():
    return x
def nested_global():
    x = "enclosing"
    def g():
        global x
        return x
    return g()
print(reads_global(), nested_global())
def compose(*fs):
    def run(v):
        for fn in reversed(fs):
            v = fn(v)
        return v
    return run
print(compose(lambda s: s + "!", str.upper, lambda s: s.strip())("  hi "))
