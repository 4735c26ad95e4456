# Checks except clauses with tuples of classes and 'as', hierarchy matching, order of clauses, tuples held in variables and the empty tuple.
class AppError(Exception):
    pass
class NetError(AppError):
    pass
class Timeout(NetError):
    pass
class DiskError(AppError):
    pass

def fail(kind):
    if kind == "timeout":
        raise Timeout("took too long", 30)
    if kind == "disk":
        raise DiskError("no space")
    if kind == "key":
        raise KeyError("missing")
    if kind == "index":
        raise IndexError(5)
    if kind == "zero":
        return 1 // 0
    if kind == "type":
        return "a" + 1
    return "fine"

NETWORKY = (NetError, ConnectionError)
LOOKUPS = (KeyError, IndexError, AttributeError)
for kind in ["timeout", "disk", "key", "index", "zero", "type", "ok"]:
    try:
        result = fail(kind)
    except NETWORKY as e:
        print(kind, "-> network", type(e).__name__, e.args)
    except (DiskError, ZeroDivisionError) as e:
        print(kind, "-> disk/zero", repr(e), isinstance(e, AppError))
    except LOOKUPS as e:
        print(kind, "-> lookup", type(e).__name__, str(e), isinstance(e, LookupError))
    except (AppError, Exception) as e:
        print(kind, "-> generic", type(e).__name__, e)
    else:
        print(kind, "-> result", result)

def classify(exc):
    try:
        raise exc
    except (ArithmeticError, LookupError) as e:
        return "arith-or-lookup:" + type(e).__name__
    except () as e:
        return "never"
    except BaseException as e:
        return "base:" + type(e).__name__

for exc in [OverflowError, KeyError("k"), ZeroDivisionError(), IndexError, ValueError("v"), StopIteration, SystemExit(3), KeyboardInterrupt]:
    print(classify(exc))

try:
    try:
        raise Timeout("t")
    except (DiskError, KeyError):
        print("wrong handler")
except (NetError, DiskError) as outer:
    print("outer caught", type(outer).__name__, outer)
try:
    raise NetError
except (Timeout,):
    print("wrong")
except (AppError,) as e:
    print("AppError caught a bare class raise:", repr(e), e.args)
e = "kept?"
try:
    raise ValueError("x")
except (TypeError, ValueError) as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
