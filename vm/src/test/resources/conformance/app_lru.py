# Combined: an LRU cache class on insertion-ordered dicts with __getitem__/__setitem__/__contains__/__len__/__delitem__, eviction callbacks and stats.
class LRU:
    def __init__(self, capacity, on_evict=None):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.data = {}
        self.on_evict = on_evict
        self.hits = 0
        self.misses = 0

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key not in self.data:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        value = self.data.pop(key)
        self.data[key] = value
        return value

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            evicted = self.data.pop(oldest)
            if self.on_evict:
                self.on_evict(oldest, evicted)
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def keys(self):
        return list(self.data)

    def __repr__(self):
        return f"LRU({self.capacity}, {self.data})"


evicted = []
cache = LRU(3, on_evict=lambda k, v: evicted.append((k, v)))
for k in "abc":
    cache[k] = k.upper()
print(cache, len(cache), "a" in cache)
print(cache["a"], cache.keys())
cache["d"] = "D"
print(cache.keys(), evicted)
cache["c"] = "C2"
cache["e"] = "E"
print(cache.keys(), evicted, cache.get("b"), cache.get("zz", "none"))
oldest = cache.keys()[0]
del cache[oldest]
print(oldest, cache, oldest in cache)
try:
    cache["a"]
except KeyError as e:
    print("KeyError:", e)
try:
    del cache["nope"]
except KeyError as e:
    print("KeyError on del:", e)
print(f"hits={cache.hits} misses={cache.misses}")
try:
    LRU(0)
except ValueError as e:
    print("ValueError:", e)

calls = []


def cached(capacity):
    def deco(fn):
        store = LRU(capacity)

        def wrapper(n):
            if n in store:
                return store[n]
            calls.append(n)
            result = fn(n)
            store[n] = result
            return result
        return wrapper, store
    return deco


def slow_square(n):
    return n * n


sq, store = cached(2)(slow_square)
print([sq(n) for n in [1, 2, 1, 3, 1, 2, 2, 4]], calls, store.keys(), store.hits, store.misses)

pages = [7, 0, 1, 2, 0, 3, 0, 4, 2, 3, 0, 3, 2, 1, 2, 0, 1, 7, 0, 1]
for size in (1, 2, 3, 4, 5):
    faults = []
    mem = LRU(size, on_evict=lambda k, v: faults.append(k))
    misses = 0
    for p in pages:
        if p in mem:
            mem[p]
        else:
            misses += 1
            mem[p] = True
    print(f"frames={size}: faults={misses:>2} evicted={faults[:6]}{'...' if len(faults) > 6 else ''} final={mem.keys()}")
