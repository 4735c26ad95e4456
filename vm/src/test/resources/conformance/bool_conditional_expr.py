# Checks conditional expressions, including nesting and lazy evaluation of branches.
def side(msg, val):
    print('side', msg)
    return val

for n in range(-2, 3):
    print(n, 'neg' if n < 0 else 'zero' if n == 0 else 'pos')
print(side('a', 1) if True else side('b', 2))
print(side('c', 1) if False else side('d', 2))
print(side('e', 10) if side('cond', 0) else side('f', 20))
x = 7
parity = 'even' if x % 2 == 0 else 'odd'
print(parity)
print((1 if x else 2) + 10)
print([x if x > 5 else -x, -x if x > 5 else x])
print('a' if '' else 'b' if [] else 'c')
def sign(n):
    return -1 if n < 0 else (1 if n > 0 else 0)
print(sign(-5), sign(0), sign(99))
y = None
print(y if y is not None else 'none')
print(abs(x) if x else 'zero')
