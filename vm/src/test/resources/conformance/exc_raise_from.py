# Checks raise ... from cause, from None, implicit __context__, __cause__/__suppress_context__ attributes and re-raising.
class ConfigError(Exception):
    pass

def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e

def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise ConfigError(f"no key {key}") from None

def implicit(x):
    try:
        return 10 / x
    except ZeroDivisionError:
        raise ConfigError("implicit chain")

def show(exc):
    cause = exc.__cause__
    ctx = exc.__context__
    print(type(exc).__name__, "|", exc,
          "| cause:", type(cause).__name__ if cause else None,
          "| context:", type(ctx).__name__ if ctx else None,
          "| suppress:", exc.__suppress_context__)

for thunk in [lambda: parse_port("80x"), lambda: lookup({}, "host"), lambda: implicit(0)]:
    try:
        thunk()
    except ConfigError as e:
        show(e)

print(parse_port("8080"), lookup({"host": "h"}, "host"), implicit(4))

try:
    raise ConfigError("explicit cause") from KeyError("k")
except ConfigError as e:
    show(e)
    print(repr(e.__cause__))

try:
    try:
        raise ValueError("first")
    except ValueError as first:
        raise TypeError("second") from first
except TypeError as e:
    show(e)
    print(e.__cause__ is e.__context__)

try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise
except ValueError as e:
    show(e)

try:
    e1 = RuntimeError("a")
    e1.__cause__ = OSError("set by hand")
    raise e1
except RuntimeError as e:
    show(e)

fresh = ValueError("never raised")
print(fresh.__cause__, fresh.__context__, fresh.__suppress_context__)
try:
    raise ValueError("v") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
    e.__suppress_context__ = False
    print(e.__suppress_context__)

def chain(n):
    try:
        if n == 0:
            raise LookupError("bottom")
        chain(n - 1)
    except LookupError as e:
        raise LookupError(f"level {n}") from e

try:
    chain(3)
except LookupError as e:
    names = []
    while e is not None:
        names.append(str(e))
        e = e.__cause__
    print(" <- ".join(names))
