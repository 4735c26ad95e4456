# Checks chained assignment, del of names, rebinding, and evaluation order of assignments.
a = b = c = [1]
b.append(2)
print(a, b, c, a is c)
x = y = 5
y += 1
print(x, y)
n = 10
n = n * 2 + n
print(n)
del n
n = 'recreated'
print(n)
p, q = 1, 2
p, q = q, p + q
print(p, q)
i = 0
lst = [10, 20, 30]
i, lst[i] = 2, 99
print(i, lst)
d = {}
d['a'] = d['b'] = 0
print(d)
s = t = 'immutable'
t += '!'
print(s, t)
m = [0] * 3
m[0] = m[1] = m[2] = 'same'
print(m)
one, = [1]
print(one)
(u) = 7
print(u)
first = second = third = None
print(first, second, third)
v = 1
v = v + 1
w = v * 10
print(v, w)
temp = 'gone'
del temp
print('deleted temp')
z = [1, 2, 3]
y2 = z
del z
print(y2)
