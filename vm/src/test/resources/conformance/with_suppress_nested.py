# Checks context managers used like contextlib tools: suppress selected exceptions, collect output, reentrant nesting, exit order, and values returned through with.
class suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, kind, value, tb):
        if kind is not None and issubclass(kind, self.kinds):
            self.caught = value
            return True
        return False
class Capture:
    def __init__(self):
        self.lines = []
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        self.lines.append(f"open depth={self.depth}")
        return self.lines.append
    def __exit__(self, *info):
        self.lines.append(f"close depth={self.depth} error={info[0].__name__ if info[0] else None}")
        self.depth -= 1
class Tag:
    order = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Tag.order.append("<" + self.name + ">")
        return self.name
    def __exit__(self, *info):
        Tag.order.append("</" + self.name + ">")
with suppress(KeyError, IndexError) as s:
    {}["missing"]
print("suppressed", repr(s.caught))
with suppress(ZeroDivisionError) as s:
    x = 1
print("nothing to suppress", s.caught, x)
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
cap = Capture()
with cap as emit:
    emit("first")
    with cap as emit2:
        emit2("nested")
        with suppress(RuntimeError):
            with cap:
                raise RuntimeError("deep")
    emit("last")
print(cap.lines, cap.depth)
with Tag("html") as h, Tag("body") as b:
    with Tag("p"):
        Tag.order.append(h + "/" + b)
print("".join(Tag.order))
def find_first(items, pred):
    with Tag("search"):
        for i, item in enumerate(items):
            with Tag(f"i{i}"):
                if pred(item):
                    return item
    return None
Tag.order = []
print(find_first([1, 4, 9, 16], lambda v: v > 5), "".join(Tag.order))
results = []
for value in ["1", "x", "3", None, "5"]:
    with suppress(ValueError, TypeError) as s:
        results.append(int(value))
    if s.caught is not None:
        results.append(type(s.caught).__name__)
print(results)
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, kind, value, tb):
        if kind is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("  rolled back because", repr(value))
        else:
            print("  committed", self.store)
        return kind is not None and issubclass(kind, ValueError)
db = {"a": 1}
with Transaction(db) as t:
    t["b"] = 2
with Transaction(db) as t:
    t["c"] = 3
    raise ValueError("bad data")
print(db)
try:
    with Transaction(db) as t:
        del t["a"]
        raise KeyError("fatal")
except KeyError:
    print("propagated, db =", db)
