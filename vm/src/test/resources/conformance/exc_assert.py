# Checks assert: passing and failing asserts with and without messages, message evaluation only on failure, and AssertionError handling.
def check(value, limit):
    assert isinstance(value, int), f"not an int: {value!r}"
    assert value <= limit, ("too big", value, limit)
    assert value
    return value * 2
for args in [(3, 10), ("3", 10), (30, 10), (0, 10), (-1, 10)]:
    try:
        print(args, "->", check(*args))
    except AssertionError as e:
        print(args, "-> AssertionError", repr(e), e.args, str(e) == "")
evaluated = []
def message(text):
    evaluated.append(text)
    return text
assert True, message("never")
try:
    assert 1 > 2, message("evaluated")
except AssertionError as e:
    print("caught", e)
print(evaluated)
def invariant(stack):
    assert len(stack) < 3, "stack too deep: %d" % len(stack)
stack = []
for i in range(5):
    try:
        stack.append(i)
        invariant(stack)
    except AssertionError as e:
        print("invariant broken at", i, "-", e)
        stack.pop()
print(stack)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e, isinstance(e, Exception), issubclass(AssertionError, Exception))
try:
    try:
        assert False, "inner"
    finally:
        print("finally runs for failed assert")
except AssertionError as e:
    print("outer got", e)
class Checked:
    def __init__(self, n):
        assert n >= 0, f"negative: {n}"
        self.n = n
made = []
for n in (1, -2, 3):
    try:
        made.append(Checked(n).n)
    except AssertionError as e:
        made.append(str(e))
print(made)
x = 5
assert x == 5
assert (x, "a non-empty tuple is true")[0]
print("done")
