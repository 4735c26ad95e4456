# Checks decorators: stacking order, decorators with arguments, closures keeping state, wrapping methods, class decorators and call tracing.
trace = []
def tag(name):
    def deco(func):
        trace.append("decorate " + name + " " + func.__name__)
        def wrapper(*args, **kwargs):
            trace.append("enter " + name)
            result = func(*args, **kwargs)
            trace.append("exit " + name)
            return f"<{name}>{result}</{name}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def hello(who):
    return "hi " + who
print(trace)
trace.clear()
print(hello("x"))
print(trace)
def counted(func):
    count = 0
    def wrapper(*args):
        nonlocal count
        count += 1
        return func(*args), count
    return wrapper
@counted
def square(x):
    return x * x
print(square(3), square(4), square(5))
def retry(times, on=(ValueError,)):
    def deco(func):
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return func(attempt, *args)
                except on as e:
                    print(f"  attempt {attempt} failed: {e}")
            return "gave up"
        return wrapper
    return deco
@retry(3)
def flaky(attempt, threshold):
    if attempt < threshold:
        raise ValueError(f"too early ({attempt} < {threshold})")
    return f"ok on attempt {attempt}"
print(flaky(2))
print(flaky(5))
@retry(2, on=(KeyError, IndexError))
def lookup(attempt, key):
    return {"a": 1}[key]
print(lookup("a"), lookup("zz"))
def validate_args(*types):
    def deco(func):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{a!r} is not {t.__name__}")
            return func(*args)
        return wrapper
    return deco
class Calc:
    @validate_args(object, int, int)
    def add(self, a, b):
        return a + b
    @staticmethod
    @validate_args(str)
    def shout(s):
        return s.upper()
c = Calc()
print(c.add(2, 3), Calc.shout("hey"), c.shout("you"))
try:
    c.add(2, "3")
except TypeError as e:
    print("TypeError:", e)
registry = {}
def register(key):
    def deco(cls):
        registry[key] = cls
        cls.key = key
        return cls
    return deco
@register("circle")
class Circle:
    pass
@register("square")
class Square:
    pass
print(sorted(registry), registry["circle"].key, Square.key, registry["square"] is Square)
def identity(f):
    return f
@identity
@identity
def plain():
    return "plain"
print(plain(), plain.__name__)
