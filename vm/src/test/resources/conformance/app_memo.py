# Combined: memoized recursion with dicts: a memo class decorator (__call__) with hit statistics, Fibonacci, partitions, edit distance, LCS and coin change.
class memoize:
    def __init__(self, func):
        self.func = func
        self.cache = {}
        self.stats = {"hits": 0, "misses": 0}

    def __call__(self, *args):
        if args in self.cache:
            self.stats["hits"] += 1
            return self.cache[args]
        self.stats["misses"] += 1
        result = self.func(*args)
        self.cache[args] = result
        return result

    def info(self):
        return f"{self.func.__name__}: {self.stats['hits']} hits, {self.stats['misses']} misses, {len(self.cache)} cached"

    def clear(self):
        self.cache.clear()
        self.stats["hits"] = self.stats["misses"] = 0


calls = 0


def slow_fib(n):
    global calls
    calls += 1
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(slow_fib(20), calls)
print(fib(20), fib.info())
print(fib(100), fib.info())
print(fib(90), fib.info())
fib.clear()
print(fib.info())


@memoize
def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


print([partitions(n, n) for n in range(1, 16)])
print(partitions(100, 100), partitions.info())


def edit_distance(a, b):
    memo = {}

    def d(i, j):
        if (i, j) in memo:
            return memo[(i, j)]
        if i == 0:
            r = j
        elif j == 0:
            r = i
        elif a[i - 1] == b[j - 1]:
            r = d(i - 1, j - 1)
        else:
            r = 1 + min(d(i - 1, j), d(i, j - 1), d(i - 1, j - 1))
        memo[(i, j)] = r
        return r

    return d(len(a), len(b)), len(memo)


for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("intention", "execution")]:
    print(f"{a!r:>12} -> {b!r:<12} {edit_distance(a, b)}")


def lcs(a, b):
    table = {}
    for i in range(len(a) + 1):
        for j in range(len(b) + 1):
            if i == 0 or j == 0:
                table[i, j] = ""
            elif a[i - 1] == b[j - 1]:
                table[i, j] = table[i - 1, j - 1] + a[i - 1]
            else:
                left, up = table[i, j - 1], table[i - 1, j]
                table[i, j] = left if len(left) >= len(up) else up
    return table[len(a), len(b)]


print(lcs("AGGTAB", "GXTXAYB"), lcs("ABCBDAB", "BDCABA"), repr(lcs("abc", "xyz")))


def coin_ways(amount, coins):
    ways = {0: 1}
    for c in coins:
        for v in range(c, amount + 1):
            ways[v] = ways.get(v, 0) + ways.get(v - c, 0)
    return ways.get(amount, 0)


def min_coins(amount, coins):
    best = {0: []}
    for v in range(1, amount + 1):
        options = [best[v - c] + [c] for c in coins if c <= v and (v - c) in best]
        if options:
            best[v] = min(options, key=len)
    return best.get(amount)


print(coin_ways(100, [1, 5, 10, 25, 50]), coin_ways(10, [2, 5, 3, 6]), coin_ways(7, [2, 4]))
print(min_coins(63, [1, 5, 10, 21, 25]), min_coins(7, [2, 4]), min_coins(0, [1]))

collatz_len = {1: 1}


def collatz(n):
    path = []
    while n not in collatz_len:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = collatz_len[n]
    for m in reversed(path):
        length += 1
        collatz_len[m] = length
    return collatz_len[path[0]] if path else length


best = max(range(1, 3000), key=collatz)
print(best, collatz(best), len(collatz_len) > 3000, collatz(27), collatz(1))
