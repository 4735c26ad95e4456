# Checks enumerate (with start), zip, iter/next, reversed, any and all.
for i, ch in enumerate('abc'):
    print(i, ch)
for i, ch in enumerate(['x', 'y'], 1):
    print(i, ch)
for i, ch in enumerate('pq', start=10):
    print(i, ch)
print(list(enumerate([])), list(enumerate('ab', -1)))
print(list(zip([1, 2, 3], 'abc')))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])))
print(list(zip(range(3), range(10, 13), range(20, 23))))
for a, b in zip('xyz', [1, 2, 3]):
    print(a * b)
names = ['ann', 'bob']
ages = [31, 42]
d = dict(zip(names, ages))
print(d)
it = iter([10, 20, 30])
print(next(it), next(it), next(it))
it2 = iter('hi')
print(next(it2))
for rest in it2:
    print('rest', rest)
it3 = iter(range(5))
next(it3)
print(list(it3))
it4 = iter({'a': 1, 'b': 2})
print(next(it4), next(it4))
print(any([0, '', None]), any([0, 1]), any([]), all([1, 'x', [0]]), all([1, 0]), all([]))
print(any('abc'), all(range(1, 5)), all(range(0, 5)))
print(list(reversed([1, 2, 3])), list(reversed('ab')), list(reversed(range(2, 8, 2))))
e = enumerate(['solo'])
print(next(e))
z = zip([1, 2], [3, 4])
print(next(z), list(z))
