# Checks a dict-like user class: __getitem__/__setitem__/__delitem__ with KeyError, __len__, __iter__, __contains__, __eq__, get/items helpers and a default factory.
class CaseInsensitiveDict:
    def __init__(self, pairs=None, **kw):
        self._data = {}
        for k, v in (pairs or []):
            self[k] = v
        for k, v in kw.items():
            self[k] = v
    def __setitem__(self, key, value):
        self._data[key.lower()] = (key, value)
    def __getitem__(self, key):
        try:
            return self._data[key.lower()][1]
        except KeyError:
            raise KeyError(key) from None
    def __delitem__(self, key):
        del self._data[key.lower()]
    def __contains__(self, key):
        return isinstance(key, str) and key.lower() in self._data
    def __len__(self):
        return len(self._data)
    def __iter__(self):
        return iter([orig for orig, _ in self._data.values()])
    def __eq__(self, other):
        if isinstance(other, CaseInsensitiveDict):
            return dict(self.lower_items()) == dict(other.lower_items())
        if isinstance(other, dict):
            return self == CaseInsensitiveDict(other.items())
        return NotImplemented
    def lower_items(self):
        return [(k, v) for k, (_, v) in self._data.items()]
    def get(self, key, default=None):
        return self[key] if key in self else default
    def items(self):
        return [(orig, v) for orig, v in self._data.values()]
    def __repr__(self):
        return "CID(" + ", ".join([f"{k!r}: {v!r}" for k, v in self.items()]) + ")"
h = CaseInsensitiveDict([("Content-Type", "text/html"), ("Accept", "*/*")], Host="example")
print(h, len(h))
print(h["content-type"], h["HOST"], "accept" in h, "Cookie" in h, 3 in h)
h["CONTENT-TYPE"] = "application/json"
print(list(h), h.get("content-type"), h.get("missing", "n/a"))
del h["accept"]
print(h, len(h))
for bad in [lambda: h["Accept"], lambda: h.__delitem__("nope")]:
    try:
        bad()
    except KeyError as e:
        print("KeyError:", e)
try:
    del h["Nope"]
except KeyError as e:
    print("KeyError:", e)
print(h == {"host": "example", "content-type": "application/json"}, h == {"host": "x"}, h != CaseInsensitiveDict(), h == 5)
print(sorted(h), [k.upper() for k in h], dict(h.items()), {k: len(v) for k, v in h.items()})
class DefaultDict:
    def __init__(self, factory):
        self.factory = factory
        self.data = {}
    def __getitem__(self, key):
        if key not in self.data:
            self.data[key] = self.factory()
        return self.data[key]
    def __setitem__(self, key, value):
        self.data[key] = value
    def __len__(self):
        return len(self.data)
groups = DefaultDict(list)
for word in "apple avocado banana blueberry cherry apricot".split():
    groups[word[0]].append(word)
counts = DefaultDict(int)
for ch in "mississippi":
    counts[ch] += 1
print(groups.data, len(groups), counts.data)
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"{pos} outside {self.w}x{self.h}")
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, value):
        self[pos]
        self.cells[pos] = value
g = Grid(4, 2)
g[0, 0] = "#"
g[3, 1] = "@"
print("\n".join(["".join([g[x, y] for x in range(4)]) for y in range(2)]))
try:
    g[4, 0] = "x"
except IndexError as e:
    print("IndexError:", e)
