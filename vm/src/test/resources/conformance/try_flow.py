# Checks the flow through nested try statements: which handler runs, finally order, returns overriding returns.
def classify(x):
    try:
        try:
            if x == 0:
                raise ValueError("zero")
            if x == 1:
                raise KeyError(x)
            if x == 2:
                return 10 // (x - 2)
            return "ok"
        except ValueError as e:
            return "value: " + str(e)
        finally:
            print("  inner finally for", x)
    except LookupError as e:
        return "lookup: " + repr(e)
    except ArithmeticError as e:
        return "arith: " + type(e).__name__
    finally:
        print("  outer finally for", x)

for x in range(4):
    print(classify(x))

def override():
    try:
        return "try"
    finally:
        return "finally"
print(override())

def swallow():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            if i < 2:
                continue
            break
    return "swallowed"
print(swallow())

class AppError(Exception):
    code = 500

class NotFound(AppError):
    pass

missing = NotFound(404, "missing")
missing.code = 404
for exc in [missing, AppError(500, "boom"), ValueError("plain")]:
    try:
        raise exc
    except NotFound as e:
        print("not found", e.code, e.args)
    except AppError as e:
        print("app error", e.code, str(e))
    except Exception as e:
        print("other", repr(e))

counts = {}
for word in ["a", "b", "a", "c", "a"]:
    try:
        counts[word] += 1
    except KeyError:
        counts[word] = 1
print(counts)

def chain():
    try:
        [][0]
    except IndexError as e:
        try:
            raise ValueError("second")
        except ValueError as v:
            print(repr(v.__context__), v.__cause__)
chain()

try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as missing:
    print("after except, e is gone:", missing)
