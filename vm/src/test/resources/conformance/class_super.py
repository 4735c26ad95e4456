# Checks super(): zero-argument in methods and classmethods, through two levels, in exception subclasses, and the two-argument form.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
    @classmethod
    def kind(cls):
        return "animal:" + cls.__name__
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof, " + self.breed + ")"
    @classmethod
    def kind(cls):
        return "dog/" + super().kind()
class Puppy(Dog):
    def speak(self):
        base = super().speak()
        return base.upper()
d = Dog("rex", "lab")
print(d.speak(), d.name, Dog.kind())
print(Puppy("bit", "pug").speak(), Puppy.kind())
class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
try:
    raise AppError(404, "not found")
except AppError as e:
    print(e.code, e, e.args, repr(e))
class Base:
    def hello(self):
        return "base hello"
class Child(Base):
    def hello(self):
        inner = lambda: super(Child, self).hello()
        return "child+" + inner()
print(Child().hello())
class Plain:
    def __init__(self):
        super().__init__()
        print("plain ok")
Plain()
