# Checks f-strings: conversions, format specs (nested fields), self-documenting fields, braces, __format__, concatenation.
name = "gilvm"
n = 42
pi = 3.14159265
print(f"hello {name}!", f"{n}", f"{n:5d}|{n:<5}|{n:^7}|{n:+}", f"{pi:.2f} {pi:10.3e} {pi:%}")
print(f"{name!r} {name!s:>8} {'é'!a}", f"{{literal}} {n * 2 + 1}", f"{[1, 2][0]} {len(name)}")
width = 10
print(f"[{name:>{width}}] [{n:0{width}d}] [{pi:.{n // 10}f}]")
print(f"{n=} {pi=:.1f} {name = }")
print(f"{1000000:,} {255:#x} {255:08b} {True} {None} {3.0}")
items = {"a": 1}
print(f"{items['a']} {items}", f'{"nested"}', "plain" f"-{n}-" "end")
class P:
    def __format__(self, spec):
        return "P(" + spec + ")"
    def __repr__(self):
        return "P!"
print(f"{P():xyz} {P()!r}")
print(f"""multi
{n}""")
