# Checks list creation, indexing, negative indices, len, concatenation, repetition and membership.
a = [1, 2, 3]
print(a, len(a), a[0], a[-1], a[-3])
print([], len([]), [[]], [None])
b = a + [4, 5]
print(b, a)
print([0] * 5, [1, 2] * 3, [] * 10, [7] * 0)
print(3 in a, 9 in a, 9 not in a)
a[1] = 20
print(a)
a[-1] = 'three'
print(a)
mixed = [1, 'two', 3.0, None, True, (6,), [7]]
print(mixed, len(mixed))
print(mixed[5][0], mixed[6][0])
print(list(), list('ab'), list((1, 2)), list(range(4)))
print(list({'x': 1, 'y': 2}))
nested = [[0] * 3] * 2
nested[0][0] = 9
print(nested)
fresh = [[0] * 3, [0] * 3]
fresh[0][0] = 9
print(fresh)
print([1, 2, 3] == [1, 2, 3], [1, 2] != [2, 1])
print(sum([1, 2, 3]), max([4, 9, 2]), min([4, 9, 2]))
x = [5]
y = x
y.append(6)
print(x, x is y)
z = list(x)
z.append(7)
print(x, z, x is z)
print(bool([]), bool([0]))
