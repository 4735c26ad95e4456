# Checks the few supported sys features: maxsize and recursion limit getters/setters.
import sys
print(sys.maxsize)
print(sys.maxsize == 2 ** 63 - 1)
print(sys.maxsize + 1)
print(-sys.maxsize - 1)
print(type(sys.maxsize))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(1500))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
print(depth(500))
