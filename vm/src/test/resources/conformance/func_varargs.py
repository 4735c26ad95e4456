# Checks *args, keyword-only parameters, **kwargs, call-site * and ** unpacking, and their errors.
def f(a, b=2, *rest, key, opt="o", **extra):
    print(a, b, rest, key, opt, extra)
f(1, key="k")
f(1, 2, 3, 4, key="k", opt="p", z=9, y=8)
def g(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(g(), g(1, 2, x=3))
def h(a, *, b):
    return a + b
print(h(1, b=2))
for call in ["h(1)", "h(1, 2)", "f()", "h(1, b=2, c=3)", "h(1, b=2, a=3)"]:
    try:
        eval_result = None
        if call == "h(1)":
            h(1)
        elif call == "h(1, 2)":
            h(1, 2)
        elif call == "f()":
            f()
        elif call == "h(1, b=2, c=3)":
            h(1, b=2, c=3)
        else:
            h(1, b=2, a=3)
    except TypeError as e:
        print(e)
def tally(*nums):
    total = 0
    for n in nums:
        total += n
    return total
print(tally(), tally(1, 2, 3))
nums = [1, 2, 3]
opts = {"key": "K", "z": 0}
f(*nums, **opts)
f(0, *nums[1:], key="k2", **{"w": 1})
print(g(*"ab", *(1,), **{"q": 1}))
print(max(*nums), "{}-{}".format(*nums), dict(**{"a": 1}, b=2))
try:
    f(1, **{"key": 1}, key=2)
except TypeError as e:
    print(e)
try:
    g(**[1])
except TypeError as e:
    print(e)
