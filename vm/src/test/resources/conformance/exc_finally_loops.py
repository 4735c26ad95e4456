# Checks try/finally inside loops with break, continue and return, nested finally order, and a finally that swallows or replaces exceptions.
def loop_with_finally():
    events = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            events.append(f"body{i}")
        finally:
            events.append(f"fin{i}")
    else:
        events.append("else")
    return events
print(loop_with_finally())
def while_return():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return f"returned at {n}"
        finally:
            print("  finally n =", n)
print(while_return())
def nested():
    try:
        try:
            try:
                raise ValueError("deep")
            finally:
                print("  finally 1")
        finally:
            print("  finally 2")
    except ValueError as e:
        print("  caught", e)
    finally:
        print("  finally 3")
    return "done"
print(nested())
def swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return "swallowed by break/continue in finally"
print(swallow())
def replace():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("replacement")
try:
    replace()
except TypeError as e:
    print("caught", repr(e), "context", repr(e.__context__))
def return_value_kept():
    x = "before"
    try:
        return x
    finally:
        x = "after"
        print("  finally sees", x)
print(return_value_kept())
def count_finallies(n):
    count = 0
    for i in range(n):
        for j in range(n):
            try:
                if j > i:
                    break
                if (i + j) % 2:
                    continue
            finally:
                count += 1
    return count
print([count_finallies(n) for n in range(6)])
def except_else_finally(x):
    out = []
    try:
        out.append("try")
        if x:
            raise ValueError
    except ValueError:
        out.append("except")
        return out
    else:
        out.append("else")
        return out
    finally:
        out.append("finally")
print(except_else_finally(0), except_else_finally(1))
def generator_like():
    results = []
    i = 0
    while i < 6:
        i += 1
        try:
            try:
                if i % 3 == 0:
                    raise ZeroDivisionError(i)
                results.append(i)
            except ZeroDivisionError:
                results.append(-i)
                continue
            finally:
                results.append("f")
            if i == 5:
                break
        finally:
            results.append("F")
    return results
print(generator_like())
