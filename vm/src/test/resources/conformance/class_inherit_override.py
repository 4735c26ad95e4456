# Checks basic single inheritance: inherited methods, overrides, isinstance with base classes.
class Animal:
    kind = 'animal'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '...'
    def describe(self):
        return self.name + ' the ' + self.kind + ' says ' + self.speak()

class Dog(Animal):
    kind = 'dog'
    def speak(self):
        return 'woof'

class Cat(Animal):
    kind = 'cat'
    def speak(self):
        return 'meow'

class Fish(Animal):
    pass

for a in [Dog('rex'), Cat('tom'), Fish('nemo'), Animal('thing')]:
    print(a.describe())
d = Dog('max')
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, Cat))
print(type(d) == Dog, type(d) == Animal)
print(type(d))
print(Fish('x').kind, Dog.kind, Animal.kind)
class Puppy(Dog):
    def speak(self):
        return 'yip'
    def describe(self):
        return 'small ' + Dog.describe(self)
p = Puppy('bit')
print(p.describe())
print(isinstance(p, Animal), isinstance(p, (Cat, Fish)), p.kind)
print(Dog.speak(p), Animal.speak(p))
