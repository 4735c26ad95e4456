# Combined: big-integer puzzles: factorial digit sums, trailing zeros, Fibonacci digits, Catalan numbers, base conversion round trips and digit frequencies.
def factorial(n):
    r = 1
    for k in range(2, n + 1):
        r *= k
    return r


def digit_sum(n):
    return sum([int(d) for d in str(n)])


def trailing_zeros(n):
    s = str(n)
    return len(s) - len(s.rstrip("0"))


f100 = factorial(100)
print(len(str(f100)), digit_sum(f100), trailing_zeros(f100), str(f100)[:20])
print([trailing_zeros(factorial(n)) for n in (5, 10, 25, 50, 125)], [n // 5 + n // 25 + n // 125 for n in (5, 10, 25, 50, 125)])
a, b, index = 0, 1, 1
while len(str(b)) < 100:
    a, b = b, a + b
    index += 1
print("first Fibonacci with 100 digits: F(%d)" % index, str(b)[:10] + "..." + str(b)[-10:])


def catalan(n):
    return factorial(2 * n) // (factorial(n + 1) * factorial(n))


print([catalan(n) for n in range(12)], catalan(50))


def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))


big = 3 ** 200 - 7 ** 90
for base in (2, 7, 16, 36):
    text = to_base(big, base)
    print(base, len(text), text[:16], int(text, base) == big)
print(to_base(-255, 16), hex(-255), to_base(2 ** 64, 2) == bin(2 ** 64)[2:], oct(8 ** 20), int("zz", 36), int("-0b1010", 0))
freq = {}
for d in str(2 ** 1000):
    freq[d] = freq.get(d, 0) + 1
print(sorted(freq.items()), digit_sum(2 ** 1000))
n = 2 ** 127 - 1
print(n, n.bit_length(), n % 1000007, (n * n) // (n - 1) - n, -n // 10 ** 30, -n % 10 ** 6)
print(pow(2, 521) - 1 > 10 ** 156, (10 ** 50 + 1) * (10 ** 50 - 1) == 10 ** 100 - 1, abs(-(10 ** 40)), divmod(-10 ** 30, 7))
x = 1
for i in range(1, 30):
    x = x * 31 + i
print(x, x & 0xFFFF, x >> 100, x ^ (x >> 1) > 0, ~x < 0, x.bit_length())
