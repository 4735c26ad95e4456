# Checks functions as values: passing, returning, storing in containers, and higher-order helpers.
def square(x):
    return x * x

def negate(x):
    return -x

def apply(f, v):
    return f(v)

def compose(f, g):
    def h(x):
        return f(g(x))
    return h

def my_map(f, items):
    out = []
    for it in items:
        out.append(f(it))
    return out

def my_filter(pred, items):
    out = []
    for it in items:
        if pred(it):
            out.append(it)
    return out

def is_odd(n):
    return n % 2 == 1

print(apply(square, 7), apply(negate, 7))
sq_neg = compose(square, negate)
neg_sq = compose(negate, square)
print(sq_neg(3), neg_sq(3))
print(my_map(square, [1, 2, 3, 4]))
print(my_filter(is_odd, range(10)))
ops = {'sq': square, 'neg': negate}
for k in ops:
    print(k, ops[k](5))
table = [square, negate, abs, str, len]
print(table[0](4), table[1](4), table[2](-4), table[3](4), table[4]('four'))
f = square
print(f is square, f == square, f(12))
def pipeline(value, funcs):
    for fn in funcs:
        value = fn(value)
    return value
print(pipeline(3, [square, negate, abs, str]))
def returns_func(flag):
    if flag:
        return square
    return negate
print(returns_func(True)(6), returns_func(False)(6))
print(my_map(len, ['a', 'bb', '']))
print(my_map(int, ['1', '22', '-3']))
