# Checks __str__ and __repr__: print, str(), repr(), and objects inside containers.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Vec(' + repr(self.x) + ', ' + repr(self.y) + ')'

class Name:
    def __init__(self, first, last):
        self.first = first
        self.last = last
    def __str__(self):
        return self.first + ' ' + self.last
    def __repr__(self):
        return 'Name(' + repr(self.first) + ', ' + repr(self.last) + ')'

class OnlyStr:
    def __str__(self):
        return 'only-str'

v = Vec(1, 2.5)
print(v)
print(str(v), repr(v))
print([v, Vec('a', None)])
print((v,), {'key': v})
n = Name('Ada', 'Lovelace')
print(n)
print(str(n), repr(n))
print([n])
print({'n': n})
o = OnlyStr()
print(o, str(o))
print('label: ' + str(n))
print(n, v, sep=' | ')
people = [Name('Alan', 'Turing'), Name('Grace', 'Hopper')]
for p in people:
    print(p)
print(people)
print(repr(Vec(Vec(0, 0), [Vec(1, 1)])))
