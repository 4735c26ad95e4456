# hello.py: the smallest gilvm program.
#
# Run:    ./gilvm examples/hello.py
# Watch:  the same output as `python3 examples/hello.py`, character for character.

def greet(name, punctuation="!"):
    return "Hello, " + name + punctuation

print(greet("gilvm"))
print(greet("CPython", punctuation="?"), 0.1 + 0.2, 2 ** 100, [1, "two", (3,)], {"a": {1, 2, 3}})
