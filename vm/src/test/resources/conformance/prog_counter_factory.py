# Combined: closure-based counter factories, memoization with dict closures, and accumulators.
def make_counter(start=0, step=1):
    value = start
    def counter():
        nonlocal value
        current = value
        value += step
        return current
    return counter

def make_memo_fib():
    cache = {}
    calls = [0]
    def fib(n):
        calls[0] += 1
        if n in cache:
            return cache[n]
        result = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = result
        return result
    def stats():
        return [len(cache), calls[0]]
    return [fib, stats]

a = make_counter()
b = make_counter(100, -10)
c = make_counter(step=5)
for i in range(4):
    print(a(), b(), c())
fns = make_memo_fib()
fib = fns[0]
stats = fns[1]
print(fib(100))
print(stats())
print(fib(50), stats())

def make_stack():
    items = []
    def push(x):
        items.append(x)
        return len(items)
    def pop():
        return items.pop()
    def peek():
        return items[-1] if items else None
    return {'push': push, 'pop': pop, 'peek': peek}

s = make_stack()
print(s['push']('a'), s['push']('b'), s['peek'](), s['pop'](), s['peek'](), s['pop'](), s['peek']())

def make_averager():
    total = 0
    count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add
avg = make_averager()
print(avg(10), avg(20), avg(0), avg(1))

def make_id_generator(prefix):
    n = 0
    def next_id():
        nonlocal n
        n += 1
        return prefix + str(n).zfill(3)
    return next_id

user_ids = make_id_generator('user-')
order_ids = make_id_generator('ord-')
print(user_ids(), user_ids(), order_ids(), user_ids(), order_ids())
counters = []
for start in range(3):
    counters.append(make_counter(start * 10))
for c in counters:
    print(c(), c(), c())
