# Checks that an iterator holds its sequence while it runs and lets go of it once exhausted.
import sys
lst = [1, 2]
for x in lst:
    print(sys.getrefcount(lst))
print(sys.getrefcount(lst))
it = iter(lst)
print(sys.getrefcount(lst))
for x in it:
    pass
print(sys.getrefcount(lst))
d = {1: 2}
it = iter(d)
print(sys.getrefcount(d))
next(it)
print(next(it, None), sys.getrefcount(d))
t = (lst, lst)
it = iter(t)
print(sys.getrefcount(t))
list(it)
print(sys.getrefcount(t))
