# Checks list.sort, sorted and reversed on ints, floats, strings, tuples and nested lists.
a = [5, 2, 9, 1, 5, 6, -3, 0]
b = sorted(a)
print(a)
print(b)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
print(sorted(a, reverse=True), sorted([]))
words = ['pear', 'Apple', 'banana', 'apple', 'Cherry', '']
print(sorted(words))
words.sort(reverse=True)
print(words)
print(sorted([3.5, -1, 2, 0.5, 10 ** 20, -1e10]))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
print(sorted([[3, 1], [1, 2, 3], [1, 2], []]))
print(sorted('hello world'))
print(sorted((9, 8, 7)), sorted({3: 'c', 1: 'a', 2: 'b'}))
print(sorted({5, 3, 1, 4}))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1,))))
print(list(reversed(range(5))))
print(a.sort())
c = [True, False, 2, 0.5]
c.sort()
print(c)
d = [1]
d.sort()
print(d)
print(sorted([2, 1, 3]) == [1, 2, 3])
r = reversed([10, 20, 30])
for x in r:
    print(x)
