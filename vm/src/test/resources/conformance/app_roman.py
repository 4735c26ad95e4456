# Combined: a Roman-numeral converter both ways with strict validation, a Roman number class with arithmetic and ordering, and round trips.
class RomanError(ValueError):
    pass


PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise RomanError(f"{n} is out of range (1..3999)")
    out = []
    for value, letters in PAIRS:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def from_roman(s):
    if not s:
        raise RomanError("empty numeral")
    s = s.upper()
    total = 0
    prev = 0
    for ch in reversed(s):
        if ch not in VALUES:
            raise RomanError(f"bad letter {ch!r} in {s!r}")
        v = VALUES[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    if to_roman(total) != s:
        raise RomanError(f"{s!r} is not canonical (did you mean {to_roman(total)}?)")
    return total


class Roman:
    def __init__(self, value):
        if isinstance(value, str):
            value = from_roman(value)
        to_roman(value)
        self.value = value

    def __int__(self):
        return self.value

    def __str__(self):
        return to_roman(self.value)

    def __repr__(self):
        return f"Roman({str(self)!r})"

    def __add__(self, other):
        return Roman(self.value + int(other))

    def __sub__(self, other):
        return Roman(self.value - int(other))

    def __mul__(self, other):
        return Roman(self.value * int(other))

    def __lt__(self, other):
        return self.value < int(other)

    def __eq__(self, other):
        return self.value == int(other)

    def __hash__(self):
        return hash(self.value)


samples = [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666, 3888]
for n in samples:
    r = to_roman(n)
    print(f"{n:>5} -> {r:<16} -> {from_roman(r)}")

ok = 0
longest = ""
for n in range(1, 4000):
    r = to_roman(n)
    if from_roman(r) == n:
        ok += 1
    if len(r) > len(longest):
        longest = r
print("round trips:", ok, "longest:", longest, len(longest))

for bad in ["", "IIII", "VX", "IC", "MMMM", "XIIX", "ABC", "mcmxciv", "LL", "IIV"]:
    try:
        print(f"{bad!r} = {from_roman(bad)}")
    except RomanError as e:
        print(f"{bad!r}: {e}")

for bad in [0, 4000, -7, 2.5, "12", True]:
    try:
        to_roman(bad)
    except (RomanError, TypeError) as e:
        print(type(e).__name__, e, isinstance(e, ValueError))

a = Roman("XLII")
b = Roman(8)
print(a, b, a + b, a - b, a * 3, repr(b * b))
print(int(a), a == 42, a < b, b < a, sorted([Roman("X"), Roman("IV"), Roman("MM"), Roman(1)]))
try:
    a - Roman(42)
except RomanError as e:
    print("subtract:", e)
counts = {}
for n in range(1, 101):
    for ch in to_roman(n):
        counts[ch] = counts.get(ch, 0) + 1
print(counts)
year_table = {Roman(y): y for y in (1066, 1492, 1776, 1969)}
print([str(k) for k in year_table], year_table[Roman("MCDXCII")])
