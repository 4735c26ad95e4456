# Checks comparison operators, chained comparisons, and mixed-type equality.
x = 2
print(1 < x < 3, 1 < x < 2, 3 > x > 1)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 4)
print(1 == 1 == 1, 1 == 1 != 2)
print(1 <= 1, 1 >= 2, 1 != 1)
print('abc' < 'abd', 'abc' < 'ab', 'Z' < 'a', '' < 'a')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print((1, 'a') < (1, 'b'), (2,) > (1, 99))
print([1, [2, 3]] == [1, [2, 3]], [1, 2] == (1, 2))
print(1 == 1.0, 1 == True, 0 == False, 2 == True)
print('1' == 1, None == 0, None == None)
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1})
print({1, 2} == {2, 1})
print(10 ** 20 == 1e20, 10 ** 16 + 1 == 1e16)
print(0.5 < 1 < 1.5)
def v(n):
    print('v', n)
    return n
print(v(1) < v(2) < v(0) < v(5))
print(v(3) < v(2) < v(9))
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, x is not None)
print(1 in [1, 2], 3 not in [1, 2], 'b' in 'abc', 'bc' in 'abc', 'ac' in 'abc')
print(2 in (1, 2), 'k' in {'k': 1}, 1 in {'k': 1}, 5 in {5, 6})
print(not 1 == 2, not (1 < 2))
print(max(3 > 2, 2 > 3))
