# Combined: iterative and recursive binary search, lower bound, and integer square root with big ints.
def bsearch(a, target):
    lo = 0
    hi = len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid, steps
        if a[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def bsearch_rec(a, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == target:
        return mid
    if a[mid] < target:
        return bsearch_rec(a, target, mid + 1, hi)
    return bsearch_rec(a, target, lo, mid - 1)

def lower_bound(a, target):
    lo = 0
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo

def isqrt(n):
    lo = 0
    hi = n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo

data = list(range(0, 200, 3))
for t in [0, 3, 99, 100, 197, 198, -5, 500]:
    print(t, bsearch(data, t), bsearch_rec(data, t, 0, len(data) - 1), lower_bound(data, t))
words = sorted(['kiwi', 'apple', 'mango', 'fig', 'banana', 'cherry'])
print(words, bsearch(words, 'fig'), lower_bound(words, 'grape'))
for n in [0, 1, 15, 16, 17, 10 ** 20, 2 ** 127, 10 ** 50 + 12345]:
    r = isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
