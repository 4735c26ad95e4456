# Checks type() and isinstance() with builtin types, classes and tuples of types.
values = [1, 1.5, 'str', True, None, [1], (1,), {'a': 1}, {1}, range(2)]
for v in values:
    print(repr(v), type(v))
print(type(1) == int, type(1.0) == float, type('') == str, type(True) == bool, type(True) == int)
print(type([]) == list, type(()) == tuple, type({}) == dict, type(set()) == set)
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, float))
print(isinstance('a', str), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(1, (str, int)), isinstance(1.0, (str, int)), isinstance('x', (list, str, dict)))
print(isinstance(None, int), isinstance([], (tuple,)))
print(type(type(1)), type(int))
print(type(None))
print(type(len), type(print) == type(len))
def f():
    pass
print(type(f) == type(f), isinstance(f, int))
class K:
    pass
k = K()
print(type(k) == K, isinstance(k, K), isinstance(k, (int, K)), isinstance(K, K))
print(str(int), str(str), repr(list))
print(type(2 ** 100), type(2 ** -1), type(10 / 2), type(10 // 2), type('a' * 2))
print(type(1 == 1), type(1 < 2 < 3), type(not 1))
