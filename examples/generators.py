# generators.py: a suspended generator keeps its frame, and so its locals, alive.
#
# Run:    ./gilvm examples/generators.py --audit
#         python3 examples/generators.py         (the same output, line for line)
# Watch:  a generator's locals are references like any other: once created, its parameter
#         counts the list; once started, its for loop's iterator counts it too, for as long as
#         the generator waits at its `yield`. When the generator finishes, its frame lets go
#         and "__del__" runs at once. A generator dropped half-way is closed first
#         (GeneratorExit at its `yield`), so its `finally` block runs before its locals die.
#         With --audit, gilvm checks every count at exit.
import sys


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


def numbers(items):
    res = Resource("numbers' local")
    try:
        for x in items:
            yield x
    finally:
        print("  finally: the generator is closing")


print("1. a suspended generator holds its argument")
data = [1, 2, 3]
print("   before:", sys.getrefcount(data))
gen = numbers(data)
print("   created, not started:", sys.getrefcount(data))
print("   first value:", next(gen))
print("   suspended at the yield:", sys.getrefcount(data))

print("2. run it to the end: the frame lets go at once")
print("   the rest:", list(gen))
print("   after:", sys.getrefcount(data))

print("3. drop one half-way: closed, then freed")
gen = numbers(data)
print("   first value:", next(gen))
gen = None
print("   after dropping it:", sys.getrefcount(data))

print("4. a generator expression is a generator too")
squares = (x * x for x in data)
print("   sum of squares:", sum(squares))
print("done")
