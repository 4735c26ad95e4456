# Checks f-string format specs: alignment and fill, sign, zero padding, grouping, precision, types, nested fields, conversions and =.
n, x, s = 1234567, -3.14159265, "gilvm"
print(f"[{n:>12}] [{n:<12}] [{n:^12}] [{n:*^12}] [{n:012}] [{n:,}] [{n:_}]")
print(f"[{x:.2f}] [{x:10.3f}] [{x:<10.1f}] [{x:+.0f}] [{-x: .3f}] [{x:e}] [{x:.3E}] [{x:g}]")
print(f"[{s:>8}] [{s:<8}] [{s:^9}] [{s:.3}] [{s:~^11.2}] [{s!r:>9}] [{s!a}] [{s!s:3}]")
print(f"[{255:x}] [{255:#X}] [{255:o}] [{255:#b}] [{255:08b}] [{-255:#x}] [{65:c}] [{True:d}] [{3:n}]")
print(f"[{0.5:%}] [{0.125:.1%}] [{1/3:.5}] [{2/3:.3g}] [{1e20:,.0f}] [{12345.6789:_.2f}] [{1e-7:f}]")
width, prec = 10, 3
for value in (3.14159, -0.001, 123456.789):
    print(f"|{value:{width}.{prec}f}|{value:<{width + 2}.{prec - 1}e}|{value:^{width}.{prec}g}|")
items = [("coffee", 3, 2.5), ("croissant", 2, 1.75), ("juice", 10, 0.99)]
for name, qty, price in items:
    print(f"{name:.<14}{qty:>3} x {price:>5.2f} = {qty * price:>7.2f}")
print(f"{'TOTAL':>26} {sum([q * p for _, q, p in items]):>7.2f}")
value = 42
print(f"{value=}", f"{value = }", f"{value=:>5}", f"{value*2=}", f"{s=!s}", f"{x=:.1f}")
print(f"{{literal}} {{{value}}} {'nested ' + f'{value:03}'}", f"{'a' if value > 10 else 'b'}", f"{[1, 2][1]}{ {'k': 'v'}['k'] }")
print(f"{float('inf'):>6}|{float('nan'):<5}|{-0.0:+}|{0.0:-}|{1e16}|{1.5e-5}|{100.0:.0e}")
print(f"{12:+}|{-12: }|{12: }|{12:=+6}|{-12:=8}|{12:0=6}|{-7:06}|{7:,d}")
big = 2 ** 64
print(f"{big:,}|{big:_x}|{big:e}|{-big:>30,}")
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        text = f"${self.cents // 100}.{self.cents % 100:02d}"
        return f"{text:{spec}}" if spec else text
print(f"[{Money(12345)}] [{Money(5):>10}] [{Money(99):*<8}]", format(Money(100), "^9"))
for spec in ["=", ".2s", "z", ",s"]:
    try:
        print(f"{'str':{spec}}")
    except ValueError as e:
        print("ValueError:", e)
