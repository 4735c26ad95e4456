# Checks **kwargs collection and merging: several ** at a call site, dict(a, **b), update, duplicates, ordering and passing through.
def show(**kw):
    return ", ".join([f"{k}={v!r}" for k, v in kw.items()])

base = {"color": "red", "size": 2}
extra = {"size": 3, "shape": "round"}
print(show(**base))
print(show(**base, weight=1.5))
print(show(a=1, **extra, z=26))
try:
    show(**base, **extra)
except TypeError as e:
    print("TypeError:", e)
try:
    show(color="blue", **base)
except TypeError as e:
    print("TypeError:", e)

merged = dict(base)
merged.update(extra)
print(merged)
print(dict(base, **extra), dict(extra, **base), dict(base, size=10, new=True))
merged2 = {}
for d in (base, extra, {"color": "green"}):
    merged2.update(d)
print(merged2, base)

def options(defaults, **overrides):
    result = dict(defaults)
    for k, v in overrides.items():
        if k not in result:
            raise KeyError(f"unknown option {k}")
        result[k] = v
    return result

print(options({"debug": False, "level": 1}, level=3))
try:
    options({"debug": False}, verbose=True)
except KeyError as e:
    print("KeyError:", e)

def outer(*args, **kwargs):
    kwargs.setdefault("sep", "/")
    return inner(*args, **kwargs)

def inner(*parts, sep, end=""):
    return sep.join(parts) + end

print(outer("a", "b"), outer("a", "b", sep="+"), outer("x", end="!"))

def counts(**kw):
    kw["added"] = True
    return kw

source = {"n": 1}
result = counts(**source)
print(result, source, result is source)
print(show(**{"with space": 1, "if": 2}))
try:
    show(**{1: "int key"})
except TypeError as e:
    print("TypeError:", e)
try:
    show(**[("a", 1)])
except TypeError as e:
    print("TypeError:", e)

def f(a, b, c=3, **rest):
    return (a, b, c, rest)
print(f(**{"b": 2, "a": 1}), f(1, **{"c": 30, "d": 40, "b": 20}), f(*[1], **{"b": 2, "e": 5}))
