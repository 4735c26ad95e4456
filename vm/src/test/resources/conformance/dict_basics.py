# Checks dict literals, indexing, assignment, deletion, membership, len and insertion order.
d = {'a': 1, 'b': 2}
print(d, len(d), d['a'])
d['c'] = 3
d['a'] = 100
print(d)
del d['b']
print(d)
d['b'] = 'back'
print(d)
print('a' in d, 'z' in d, 'z' not in d, 100 in d)
e = {}
print(e, len(e), bool(e))
e[1] = 'int'
e[1.5] = 'float'
e[(1, 2)] = 'tuple'
e[None] = 'none'
e[True] = 'bool replaces 1'
print(e)
print(e[1], e[1.0])
mixed = {'list': [1, 2], 'dict': {'x': {'y': 'z'}}, 'tuple': (1,)}
print(mixed)
print(mixed['dict']['x']['y'])
mixed['list'].append(3)
print(mixed['list'])
print({1: 'a', 1: 'b'}, {'k': 1, 'j': 2, 'k': 3})
print(dict(), dict([('a', 1), ('b', 2)]), dict(x=1, y='two'))
print(dict([(1, 'one')]), dict({'copy': True}))
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print({'a': 1} == {'a': 1}, {'a': 1} == {'a': 2}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
print({'s': "it's"}, {"q": 'say "hi"'})
d2 = {}
for w in ['x', 'y', 'x', 'z', 'x']:
    if w in d2:
        d2[w] += 1
    else:
        d2[w] = 1
print(d2)
