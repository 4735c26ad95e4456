# Checks str.format with nested replacement fields in specs, attribute/index chains, conversions with specs, and format_map-like dicts.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = ["origin" if x == y == 0 else "plain", "pt"]
    def __format__(self, spec):
        if spec == "polar":
            return "r=%.2f" % ((self.x ** 2 + self.y ** 2) ** 0.5)
        return f"({self.x:{spec}}, {self.y:{spec}})"
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
print("{:>{}}|{:^{w}.{p}f}|".format("ab", 6, 3.14159, w=10, p=2))
print("{0:{1}{2}{3}}|".format("mid", "*", "^", 9))
print("{val:{fill}{align}{width},.{prec}f}".format(val=1234567.891, fill="_", align=">", width=16, prec=1))
print("{0.x}-{0.y} {0.tags[1]} {0.tags[0][0]} {1[a][b]} {2[1]}".format(p, {"a": {"b": "deep"}}, "xyz"))
print("{p:polar} {p:04d} {p!r:>14} {p!s:.5}".format(p=p))
print("{!r:^9}|{!s:<4}|{!a}|".format("q", 12, "ñ"))
print("{0}{1}{0}".format("ab", "-"), "{}{{}}{}".format(1, 2), "{{{0}}}".format("x"))
print("{:,}|{:_}|{:_x}|{:#_b}|{:+,.2f}|{:.2%}|{:e}".format(10 ** 7, 10 ** 6, 0xFFFFFFF, 37, -1234.5678, 0.12345, 0.000125))
print("{:<8}|{:>8}|{:^8}|{:=+8}|{:08.3f}|{:#o}".format("l", "r", "c", 5, -2.5, 64))
rows = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.75)]
w = max([len(r[0]) for r in rows])
for name, qty, price in rows:
    print("{0:<{w}} x{1:>3} @ {2:>5.2f} = {3:>6.2f}".format(name, qty, price, qty * price, w=w))
data = {"user": {"name": "ann", "langs": ["py", "java"]}, "n": 7}
print("{user[name]} knows {user[langs][1]} and {n:03}".format(**data))
print("{0[user][langs]!r:>20}|".format(data))
for template in ["{:{}}", "{0:{1}}", "{:>{w}}"]:
    print(repr(template.format("z", 4, w=3)))
for bad in ["{0:{1}}", "{0[-1]}", "{:{}{}}", "{0.missing}", "{0[9]}", "{:d}", "{:x}", "{!x}"]:
    try:
        print(bad.format("text"))
    except (IndexError, AttributeError, ValueError, KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(format(p, "polar"), format(p, ".1f"), format(3, ""), format("s", ""), "{}".format(p))
