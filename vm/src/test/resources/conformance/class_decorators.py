# Checks decorators (plain, with arguments, stacked, on classes), staticmethod, classmethod and property with a setter.
def shout(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs).upper() + "!"
    return wrapper
def repeat(n):
    def deco(f):
        def wrapper(x):
            return [f(x) for _ in range(n)]
        return wrapper
    return deco
@shout
def greet(name, punct="."):
    return "hello " + name + punct
@repeat(2)
@shout
def hi(x):
    return "hi " + x
print(greet("ann"), greet("bob", punct="?"), hi("c"))
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class Plugin:
    count = 0
    def __init__(self, name):
        self._name = name
        Plugin.count += 1
    @staticmethod
    def describe(x):
        return "static " + str(x)
    @classmethod
    def make(cls, name):
        return cls(name)
    @property
    def name(self):
        return self._name.title()
    @name.setter
    def name(self, value):
        self._name = value
    @property
    def shouty(self):
        return self._name.upper()
p = Plugin.make("alpha")
print(registry, Plugin.describe(1), p.describe(2), p.name, Plugin.count)
p.name = "beta"
print(p.name, p.shouty, p._name)
try:
    p.shouty = "x"
except AttributeError as e:
    print(e)
try:
    del p.name
except AttributeError as e:
    print(e)
print(type(Plugin.__dict__["name"]).__name__ if False else isinstance(Plugin.make, object))
