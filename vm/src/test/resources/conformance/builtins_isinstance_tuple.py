# Checks isinstance and issubclass with classes, tuples (nested), bool/int relations, exceptions and user hierarchies, and their errors.
class Animal:
    pass
class Dog(Animal):
    pass
class Puppy(Dog):
    pass
class Robot:
    pass
values = [1, True, 1.5, "s", None, [1], (1,), {1: 2}, {1}, Dog(), Robot(), len, Animal]
for v in values:
    kinds = []
    for name, t in [("int", int), ("bool", bool), ("num", (int, float)), ("seq", (list, tuple, str)),
                    ("map", dict), ("animal", Animal), ("obj", object), ("type", type)]:
        if isinstance(v, t):
            kinds.append(name)
    print(type(v).__name__, kinds)
print(isinstance(Puppy(), (Robot, (str, (Dog,)))), isinstance(3, ()), isinstance(3, (((int,),),)))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(bool, int), issubclass(int, (str, object)))
print(issubclass(Dog, Dog), issubclass(Robot, (Animal, Dog)), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, (ValueError, ArithmeticError)))
print(isinstance(KeyError("k"), Exception), isinstance(KeyboardInterrupt(), Exception), isinstance(KeyboardInterrupt(), BaseException))
print(type(True) is bool, type(True) == int, isinstance(type, object), isinstance(object, type), isinstance(Dog, type))
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, (str, list, tuple)):
        return "sequence of %d" % len(x)
    if isinstance(x, dict):
        return "mapping"
    return "other:" + type(x).__name__
print([describe(x) for x in [False, 7, 2.5, "abc", [1, 2], (), {}, Robot()]])
for bad in [lambda: isinstance(1, 1), lambda: isinstance(1, (int, "str")), lambda: issubclass(1, int),
            lambda: issubclass(Dog, [Animal]), lambda: isinstance(1, [int])]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
types = (int, str)
types_more = types + (list,)
print(isinstance([], types), isinstance([], types_more), isinstance("", types_more[1:]))
