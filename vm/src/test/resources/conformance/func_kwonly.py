# Checks keyword-only parameters: after *args and bare *, with and without defaults, mixed with **kwargs, and their error messages.
def connect(host, port=80, *, timeout, retries=3):
    return f"{host}:{port} timeout={timeout} retries={retries}"

print(connect("a", timeout=5))
print(connect("b", 8080, timeout=1.5, retries=0))
print(connect(timeout=2, host="c"))
print(connect(*["d", 22], **{"timeout": 9}))

def log(*messages, sep=" ", level="info", **extra):
    line = level.upper() + ": " + sep.join([str(m) for m in messages])
    if extra:
        line += " " + repr(extra)
    return line

print(log("a", "b", 3))
print(log("x", sep="-", level="warn"))
print(log(user="ann", code=7))
print(log(1, 2, sep="", level="debug", z=0, a=1))

def only_kw(*, a, b=2, c):
    return (a, b, c)

print(only_kw(c=3, a=1), only_kw(a=1, b=None, c=[]))

for call in [lambda: connect("h"),
             lambda: connect("h", 1, 2),
             lambda: connect("h", timeout=1, speed=2),
             lambda: only_kw(1, 2, 3),
             lambda: only_kw(a=1),
             lambda: only_kw(),
             lambda: connect("h", host="again", timeout=1),
             lambda: log(sep=1)]:
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

class Formatter:
    def __init__(self, *, width=10, fill=" "):
        self.width = width
        self.fill = fill
    def fmt(self, text, *, align="<"):
        return f"{text:{self.fill}{align}{self.width}}|"

f = Formatter(width=6, fill=".")
print(f.fmt("ab"), f.fmt("ab", align=">"), f.fmt("ab", align="^"), Formatter().fmt("x"))
try:
    Formatter(4)
except TypeError as e:
    print("TypeError:", e)

def defaults_evaluated_once(*, bucket=[]):
    bucket.append(len(bucket))
    return bucket
print(defaults_evaluated_once(), defaults_evaluated_once(), defaults_evaluated_once(bucket=[9]))
print(connect.__kwdefaults__, only_kw.__kwdefaults__, log.__defaults__)
