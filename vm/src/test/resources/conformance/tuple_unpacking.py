# Checks tuple unpacking, swaps, starred targets and unpacking in for loops.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = 'xyz'
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = [10, 20]
print(m, n)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = (1, 2, 3, 4)
print(init, last)
first, *mid, last = range(6)
print(first, mid, last)
h, *t = 'a'
print(h, t)
a, *b, c = [1, 2]
print(a, b, c)
*everything, = [7, 8]
print(everything)
for i, (k, v) in enumerate([('a', 1), ('b', 2)]):
    print(i, k, v)
for k, v in {'one': 1, 'two': 2}.items():
    print(k, v)
pairs = [(1, 'x'), (2, 'y')]
for num, letter in pairs:
    print(num * 2, letter * 2)
def pair():
    return 'left', 'right'
l, rr = pair()
print(l, rr)
a = b = c = 0
print(a, b, c)
a, (b, c), d = 1, [2, 3], 4
print(a, b, c, d)
lst = [0, 0, 0]
lst[0], lst[2] = 'A', 'C'
print(lst)
i = 0
i, lst[i] = 1, 'B'
print(i, lst)
