# Checks recursion patterns: mutual recursion, recursion over nested lists, accumulators, recursion depth limits caught as RecursionError, and Ackermann.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(n) for n in range(6)], is_odd(99), is_even(500))
def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out
nested = [1, [2, [3, [4, [5]]], 6], [], [[[]]], 7]
print(flatten(nested), len(flatten(nested)))
def depth(x):
    if not isinstance(x, list):
        return 0
    return 1 + max([depth(i) for i in x] + [0])
print(depth(nested), depth([]), depth(5))
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out
print(len(permutations([1, 2, 3, 4])), ["".join(p) for p in permutations(list("abc"))])
def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(m, n) for m in range(3) for n in range(4)], ackermann(2, 3))
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(src + dst)
        hanoi(n - 1, via, dst, src, moves)
    return moves
print(hanoi(3, "A", "C", "B", []), len(hanoi(10, "A", "C", "B", [])))
def sum_digits(n, acc=0):
    return acc if n == 0 else sum_digits(n // 10, acc + n % 10)
print(sum_digits(2 ** 100), sum_digits(0))
def runaway(n):
    return runaway(n + 1)
try:
    runaway(0)
except RecursionError as e:
    print("RecursionError:", e)
def count_down(n):
    if n == 0:
        return 0
    return 1 + count_down(n - 1)
print(count_down(900))
def binary_strings(n):
    if n == 0:
        return [""]
    return [p + b for p in binary_strings(n - 1) for b in "01"]
print(binary_strings(3), len(binary_strings(8)))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20), gcd(17, 0))
