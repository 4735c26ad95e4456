# Checks recursion: fibonacci, mutual recursion, recursion over nested lists, hanoi, depth.
import sys

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

out = []
for i in range(15):
    out.append(fib(i))
print(out)
print(fib(20))

def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

print(is_even(10), is_odd(10), is_even(7), is_odd(7))

def flatten(x):
    if not isinstance(x, list):
        return [x]
    result = []
    for item in x:
        result.extend(flatten(item))
    return result

print(flatten([1, [2, [3, [4]], 5], [[6]], []]))

def depth(x):
    if not isinstance(x, list):
        return 0
    best = 0
    for item in x:
        d = depth(item)
        if d > best:
            best = d
    return best + 1

print(depth([]), depth([1]), depth([1, [2, [3]]]))

moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append(src + '->' + dst)
    hanoi(n - 1, via, dst, src)

hanoi(3, 'A', 'C', 'B')
print(len(moves), moves)
hanoi(10, 'A', 'C', 'B')
print(len(moves))

def count_down(n):
    if n == 0:
        return 0
    return 1 + count_down(n - 1)

print(count_down(900))
print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
print(count_down(3000))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(ackermann(2, 3))

def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    result = []
    for s in rest:
        result.append(s)
        result.append([items[0]] + s)
    return result

print(power_set([1, 2, 3]))
