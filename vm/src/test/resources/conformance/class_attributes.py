# Checks class attributes vs instance attributes, shadowing, and shared mutable class state.
class Dog:
    species = 'canis'
    count = 0
    tricks_shared = []

    def __init__(self, name):
        self.name = name
        Dog.count += 1
        self.tricks = []

    def add_trick(self, t):
        self.tricks.append(t)
        self.tricks_shared.append(t)

a = Dog('rex')
b = Dog('fido')
print(Dog.count, a.count, b.count)
print(a.species, b.species, Dog.species)
a.species = 'wolf'
print(a.species, b.species, Dog.species)
Dog.species = 'canis familiaris'
print(a.species, b.species)
a.add_trick('sit')
b.add_trick('roll')
print(a.tricks, b.tricks, Dog.tricks_shared)
print(a.name, b.name)

class Config:
    debug = False
    level = 1
    def bump(self):
        self.level = self.level + 1
        return self.level

c1 = Config()
c2 = Config()
print(c1.bump(), c1.bump(), c2.level, Config.level)
Config.level = 10
print(c1.level, c2.level)
Config.new_attr = 'added later'
print(c1.new_attr)

class Const:
    PI = 3.14159
    E = 2.71828
    NAMES = ('pi', 'e')
print(Const.PI + Const.E, Const.NAMES[1])
