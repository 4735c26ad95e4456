# Checks list slicing, slice assignment (growing, shrinking, extended), and del with slices.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[::-1], a[8:1:-2])
print(a[100:], a[-100:2], a[5:2])
b = a[:]
print(b == a, b is a)
a[1:3] = ['x', 'y', 'z']
print(a)
a[0:0] = [-2, -1]
print(a)
a[-2:] = []
print(a)
a[2:5] = []
print(a)
a[len(a):] = [100, 200]
print(a)
c = [0, 1, 2, 3, 4, 5]
c[::2] = ['a', 'b', 'c']
print(c)
c[1::2] = [10, 30, 50]
print(c)
c[::-1] = [6, 5, 4, 3, 2, 1]
print(c)
d = [1, 2, 3, 4, 5, 6, 7, 8]
del d[0]
print(d)
del d[-1]
print(d)
del d[1:3]
print(d)
del d[::2]
print(d)
e = list(range(10))
del e[:]
print(e)
f = [1, 2, 3]
f[1:2] = 'xyz'
print(f)
g = [1, 2, 3, 4]
g[1:3] = (9,)
print(g)
print(list(range(20))[3:17:4])
