# Regenerates the float/format test vectors in this folder from CPython itself.
# Exact command (run from the repository root, with CPython 3.11.7):
#
#     python3 vm/src/test/resources/float/gen_vectors.py
#
# The output is deterministic (fixed seeds), so rerunning it only changes the files when
# CPython's behaviour differs. Doubles are written as the 16 hex digits of their IEEE bits;
# text that may hold tabs, control or non-ASCII characters is escaped with esc() below
# (\\ \t \n \r and \uXXXX / \UXXXXXXXX), which the Java tests undo.
import math
import os
import random
import struct
import sys
from decimal import Decimal, getcontext

OUT = os.path.dirname(os.path.abspath(__file__))
getcontext().prec = 1200


def bits(x):
    return struct.pack('>d', x).hex()


def from_bits(h):
    return struct.unpack('>d', bytes.fromhex(h))[0]


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\\':
            out.append('\\\\')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif 32 <= o < 127:
            out.append(ch)
        elif o <= 0xffff:
            out.append('\\u%04x' % o)
        else:
            out.append('\\U%08x' % o)
    return ''.join(out)


def write(name, header, rows):
    with open(os.path.join(OUT, name), 'w', encoding='ascii', newline='\n') as f:
        f.write('# ' + header + '\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    print(name, len(rows), file=sys.stderr)


def next_up(x):
    return math.nextafter(x, math.inf)


def next_down(x):
    return math.nextafter(x, -math.inf)


def random_bits_double(rng):
    while True:
        x = from_bits('%016x' % rng.getrandbits(64))
        if math.isfinite(x):
            return x


def random_decimal_double(rng, lo=-330, hi=308):
    while True:
        digits = rng.randint(1, 20)
        mant = str(rng.randint(1, 10 ** digits - 1))
        x = float(mant + 'e' + str(rng.randint(lo, hi)))
        if math.isfinite(x):
            return x


def random_nice(rng):
    k = rng.randint(1, 100000)
    choice = rng.randrange(6)
    if choice == 0:
        return 0.1 * k
    if choice == 1:
        return k / 100
    if choice == 2:
        return k * 0.01
    if choice == 3:
        return float('%de%d' % (rng.randint(1, 9999), rng.randint(-30, 30)))
    if choice == 4:
        return k / rng.choice([3, 7, 9, 11, 13, 1000, 1024])
    return rng.randint(1, 99) / 10 + rng.randint(0, 10 ** rng.randint(0, 12))


def binary_fraction(rng):
    # exact binary values like 0.125 or 1234.5: the halfway cases of decimal rounding
    return rng.randint(1, 10 ** rng.randint(1, 8)) / 2 ** rng.randint(0, 12)


def signed(rng, x):
    return -x if rng.random() < 0.3 else x


# ------------------------------------------------------------------ repr

def gen_repr():
    rng = random.Random(1)
    xs = [0.0, -0.0, math.inf, -math.inf, math.nan, from_bits('7ff0000000000001'),
          from_bits('fff8000000000000'), 0.1 + 0.2, 1e16, 1e22, 1e23, 2e23, 5e-324,
          1.7976931348623157e308, 2.225073858507201e-308, 2.2250738585072014e-308]
    for e in range(-1074, 1024):
        p = math.ldexp(1.0, e)
        xs += [p, next_down(p), next_up(p)]
    for e in range(-323, 309):
        p = float('1e%d' % e)
        xs += [p, next_down(p), next_up(p)]
    for c in range(1, 1500):
        xs.append(math.ldexp(c, -1074))
    for _ in range(1000):
        xs.append(math.ldexp(rng.randint(1, 2 ** 52 - 1), -1074))
    for _ in range(9000):
        xs.append(random_bits_double(rng))
    for _ in range(3000):
        xs.append(signed(rng, random_decimal_double(rng)))
    for _ in range(4000):
        xs.append(signed(rng, random_nice(rng)))
    for lo, hi in ((1e15, 1e17), (1e-6, 1e-4), (1e-5, 2e-5), (9e15, 2e16)):
        for _ in range(1500):
            xs.append(signed(rng, rng.uniform(lo, hi)))
    for _ in range(1000):
        xs.append(float(rng.randint(0, 2 ** rng.randint(1, 70))))
    rows = [(bits(x), repr(x)) for x in xs]
    write('repr.tsv', 'hex bits of double <TAB> repr(x)', rows)


# ------------------------------------------------------------------ format (float only)

FLOAT_TYPES = ['e', 'E', 'f', 'F', 'g', 'G', '']


def format_values(rng):
    pick = rng.randrange(10)
    if pick < 3:
        return random_bits_double(rng)
    if pick < 5:
        return signed(rng, random_nice(rng))
    if pick < 7:
        return signed(rng, binary_fraction(rng))
    if pick < 8:
        return signed(rng, random_decimal_double(rng, -30, 30))
    if pick < 9:
        return rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, 1e-5, 1e16,
                           2.675, 0.125, 0.375, 2.5, 0.5, 1.5, 9.995, 9.9999, 1e23, 1e22,
                           1.7976931348623157e308, 0.1 + 0.2, 123456789.0, 1e-4, 999999.5])
    return signed(rng, float(rng.randint(0, 2 ** rng.randint(1, 80))))


def random_precision(rng):
    r = rng.random()
    if r < 0.2:
        return None
    if r < 0.9:
        return rng.randint(0, 17)
    if r < 0.98:
        return rng.randint(18, 40)
    return rng.choice([60, 100, 330])


def gen_format():
    rng = random.Random(2)
    rows = []
    famous = [(1e-5, 'g'), (1.0, '.3'), (1234.5, '.2'), (2.675, '.2f'), (0.125, '.2f'),
              (1e16, ''), (1e16, '.17'), (0.0, '#.0f'), (12.0, '#.0e'), (1e-4, 'g'),
              (123456.0, 'g'), (1234567.0, 'g'), (1e300, 'f'), (5e-324, '.330f'),
              (1.7976931348623157e308, '.3e')]
    for x, spec in famous:
        rows.append((bits(x), spec, format(x, spec)))
    while len(rows) < 12000:
        x = format_values(rng)
        t = rng.choice(FLOAT_TYPES)
        p = random_precision(rng)
        if t == 'f' or t == 'F':
            mag = abs(x) if math.isfinite(x) else 0
            if p is not None and p > 40 and mag > 1e-300:
                p = rng.randint(0, 40)
        alt = '#' if rng.random() < 0.15 else ''
        spec = alt + ('' if p is None else '.%d' % p) + t
        rows.append((bits(x), spec, format(x, spec)))
    write('format.tsv', 'hex bits <TAB> format spec ([#][.precision][eEfFgG]) <TAB> format(x, spec)',
          rows)


# ------------------------------------------------------------------ round(x, n)

def gen_round():
    rng = random.Random(3)
    rows = []
    cases = [(2.675, 2), (0.125, 2), (0.375, 2), (2.5, 0), (0.5, 0), (1.5, 0), (-0.5, 0),
             (1234.5678, -2), (1234.5678, 2), (5e-324, 323), (5e-324, 324), (5e-324, 322),
             (1.7976931348623157e308, -308), (1.7976931348623157e308, -307),
             (1.7976931348623157e308, -309), (-1.7976931348623157e308, -308),
             (1e300, -300), (0.0, 3), (-0.0, 3), (-0.4, 0), (123.456, 400), (123.456, -400),
             (math.inf, 2), (-math.inf, -2), (math.nan, 1), (1e22, -22), (5e22, -23),
             (0.285, 2), (1.0000000000000002, 15), (1.0000000000000002, 16),
             (6.7e26, -27), (-6.7e26, -27), (4.9e26, -27), (5e26, -27), (5.1e26, -27),
             (9.2e26, -27), (1.5e27, -27), (2.5e27, -27), (7.4e18, -19), (9.3e18, -19)]
    for x, n in cases:
        rows.append((x, n))
    for _ in range(1500):
        # ndigits right at the leading digit: results of 0 or the next power of ten
        x = signed(rng, random_decimal_double(rng, -300, 300))
        mag = math.floor(math.log10(abs(x)))
        rows.append((x, rng.choice([-mag - 2, -mag - 1, -mag, -mag + 1])))
    while len(rows) < 7500:
        pick = rng.randrange(5)
        if pick == 0:
            x = random_bits_double(rng)
        elif pick == 1:
            x = signed(rng, binary_fraction(rng))
        elif pick == 2:
            x = signed(rng, random_nice(rng))
        elif pick == 3:
            x = signed(rng, random_decimal_double(rng))
        else:
            x = signed(rng, rng.uniform(0, 1000))
        if x == 0:
            n = rng.randint(-5, 5)
        else:
            mag = math.floor(math.log10(abs(x)))
            n = rng.randint(-mag - 3, 17 - mag + 3)
            if rng.random() < 0.05:
                n = rng.choice([-400, -309, -308, -307, 322, 323, 324, 400])
        rows.append((x, n))
    out = []
    for x, n in rows:
        try:
            r = bits(round(x, n))
        except OverflowError:
            r = 'OverflowError'
        out.append((bits(x), str(n), r))
    write('round.tsv', 'hex bits of x <TAB> ndigits <TAB> hex bits of round(x, ndigits) or OverflowError',
          out)


# ------------------------------------------------------------------ // and %

def gen_divmod():
    rng = random.Random(4)
    specials = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324,
                1.7976931348623157e308, -1.7976931348623157e308, 1.0, -1.0, 0.1, -0.1, 3.0]

    def operand():
        pick = rng.randrange(8)
        if pick == 0:
            return rng.choice(specials)
        if pick == 1:
            return random_bits_double(rng)
        if pick <= 3:
            return float(rng.randint(-100, 100))
        if pick == 4:
            return signed(rng, random_nice(rng))
        if pick == 5:
            return signed(rng, binary_fraction(rng))
        if pick == 6:
            return rng.uniform(-10, 10)
        return signed(rng, random_decimal_double(rng, -20, 20))

    pairs = [(-0.0, 5.0), (0.0, -5.0), (5.0, -3.0), (-5.0, 3.0), (-5.0, math.inf),
             (5.0, -math.inf), (math.inf, 5.0), (1.0, 0.1), (-1.0, 0.1), (0.5, -0.1),
             (1e308, 1e-308), (-7.5, 2.0), (7.5, -2.0), (-1e-300, 1e300)]
    while len(pairs) < 6000:
        a, b = operand(), operand()
        if b != 0:
            pairs.append((a, b))
    rows = [(bits(a), bits(b), bits(a // b), bits(a % b)) for a, b in pairs]
    write('divmod.tsv', 'hex bits of a <TAB> hex bits of b <TAB> bits of a // b <TAB> bits of a % b',
          rows)


# ------------------------------------------------------------------ float(str)

def midpoint_string(rng):
    # exact decimal halfway between two neighbouring doubles, optionally nudged
    x = abs(random_bits_double(rng))
    y = next_up(x)
    if not math.isfinite(y):
        return repr(x)
    mid = (Decimal(x) + Decimal(y)) / 2
    s = format(mid, 'f') if rng.random() < 0.3 else format(mid, 'e')
    nudge = rng.random()
    if nudge < 0.3:
        s = s.replace('e', '1e') if 'e' in s else s + '1'
    elif nudge < 0.5:
        s = '%.25e' % float(mid)
    return s


def random_literal(rng):
    pick = rng.randrange(9)
    if pick == 0:
        return repr(random_bits_double(rng))
    if pick == 1:
        return midpoint_string(rng)
    if pick == 2:
        digits = ''.join(rng.choice('0123456789') for _ in range(rng.randint(1, 40)))
        point = rng.randint(0, len(digits))
        s = digits[:point] + '.' + digits[point:]
        if rng.random() < 0.6:
            s += rng.choice('eE') + rng.choice(['', '+', '-']) + str(rng.randint(0, 400))
        return s
    if pick == 3:
        return rng.choice(['', '+', '-']) + rng.choice(['inf', 'Inf', 'INFINITY', 'iNfInItY',
                                                          'nan', 'NaN', 'NAN', 'infinity'])
    if pick == 4:
        return str(rng.randint(-10 ** 25, 10 ** 25))
    if pick == 5:
        return '%.*g' % (rng.randint(1, 25), random_decimal_double(rng))
    if pick == 6:
        return rng.choice(['1e999999999999999999999', '-1e999999999999', '1e-99999999999999999',
                           '0e99999999999', '0.' + '0' * 400 + '1', '1' + '0' * 400,
                           '0.' + '0' * 330 + '247', '2.4703282292062327e-324',
                           '2.4703282292062328e-324', '1.7976931348623158e308',
                           '1.7976931348623157e308', '1.797693134862315807e308',
                           '000001.5', '1.', '.5', '-.5e-3', '+1.E5'])
    if pick == 7:
        return str(round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
    return '%d.%d' % (rng.randint(0, 10 ** 6), rng.randint(0, 10 ** 6))


SPACES = [' ', '\t', '\n', '\r', '\x0b', '\x0c', '\x1c', '\x85', '\xa0', '\u2003', '\u3000',
          '\u200b', '\x00']
UNI_DIGITS = ['\u0660', '\u06f0', '\u0966', '\uff10', '\U0001d7ce']  # zero of several scripts


def decorate(rng, s):
    r = rng.random()
    if r < 0.2:
        return rng.choice(SPACES) + s + rng.choice(SPACES)
    if r < 0.35 and len(s) > 1:
        # underscores: sometimes legal (between digits), often not
        i = rng.randint(0, len(s))
        return s[:i] + '_' * rng.choice([1, 1, 1, 2]) + s[i:]
    if r < 0.45:
        zero = rng.choice(UNI_DIGITS)
        return ''.join(chr(ord(zero) + int(ch)) if ch.isdigit() and rng.random() < 0.5 else ch
                       for ch in s)
    if r < 0.6 and s:
        i = rng.randrange(len(s))
        op = rng.randrange(3)
        junk = rng.choice('0123456789.eE+-_xXdDfFiInN ')
        if op == 0:
            return s[:i] + s[i + 1:]
        if op == 1:
            return s[:i] + junk + s[i:]
        return s[:i] + junk + s[i + 1:]
    return s


def gen_parse():
    rng = random.Random(5)
    fixed = ['1_000.5', '1__000', '_1', '1_', '1_.5', '1._5', '1_e5', '1e_5', '1e5_', '1e1_0',
             'in_f', '1e', '1e+', '.', '', ' ', '+-1', '--1', '1.2.3', '0x10', '0x1p3', '1d',
             '1f', '1.0f', '1.0D', 'infinit', 'infinityy', 'nan(1)', 'nanq', '1e5.5', 'abc',
             ' 12 ', '\t-3.5\n', '\u00a01.5\u3000', '\u0661\u0662\u0663', '1\x00', '\x1c1',
             '1 2', '+inf', '-Infinity', '-nan', '+NaN', '0_0', '0_0.0_0e0_0', '١_٢',
             '1.7976931348623159e308', '4.9e-324', '2e-324', '2.5e-324', '0.1', '1e23',
             '8.98846567431158e307', 'e5', '+', '-', '٫5']
    inputs = list(fixed)
    while len(inputs) < 7000:
        inputs.append(decorate(rng, random_literal(rng)))
    rows = []
    for s in inputs:
        try:
            r = bits(float(s))
        except ValueError:
            r = 'ValueError'
        rows.append((esc(s), r))
    write('parse.tsv', 'escaped input <TAB> hex bits of float(input) or ValueError', rows)


# ------------------------------------------------------------------ format spec mini-language

FILLS = ['*', '0', ' ', 'x', '\u00e9', '\u20ac', '\U0001f600', '{', '=', '<', '#', ',']
JUNK = list('0123456789<>=^+- z#,_.%sdbcoxXneEfFgGaq!\u00e9\u0665')


def random_spec(rng, kind):
    if rng.random() < 0.05:
        return ''.join(rng.choice(JUNK) for _ in range(rng.randint(1, 4)))
    s = ''
    r = rng.random()
    if r < 0.25:
        s += rng.choice(FILLS) + rng.choice('<>=^')
    elif r < 0.5:
        s += rng.choice('<>=^')
    if rng.random() < 0.3:
        s += rng.choice('+- ')
    if rng.random() < 0.1:
        s += 'z'
    if rng.random() < 0.2:
        s += '#'
    if rng.random() < 0.2:
        s += '0'
    if rng.random() < 0.5:
        s += str(rng.randint(0, 25)) if rng.random() < 0.97 else '\u0665'
    if rng.random() < 0.2:
        s += rng.choice([',', '_', ',', '_', ',_', '_,', ',,', '__'])
    if rng.random() < 0.4:
        s += '.' + (str(rng.randint(0, 15)) if rng.random() < 0.97 else '')
    types = {
        'int': 'dbcoxXn' * 3 + 'eEfFgG%s',
        'float': 'eEfFgGn%' * 2 + 'dsx',
        'str': 'sss' + 'dr',
    }[kind]
    r = rng.random()
    if r < 0.75:
        s += rng.choice(types)
    elif r < 0.77:
        s += rng.choice(['\u00e9', '\x01', ' ', 'ss'])
    return s


def random_int(rng):
    pick = rng.randrange(6)
    if pick <= 1:
        return rng.randint(-300, 300)
    if pick == 2:
        return rng.randint(-2 ** 70, 2 ** 70)
    if pick == 3:
        return rng.choice([0, 1, -1, 0x10ffff, 0x110000, 65, 0x1f600, 10 ** 400, -10 ** 400,
                           2 ** 63, 2 ** 64 + 1, 1234567, -1234567])
    if pick == 4:
        return rng.randint(0, 0x10ffff)
    return rng.randint(-10 ** rng.randint(1, 30), 10 ** rng.randint(1, 30))


STRS = ['', 'a', 'ab', 'hello', 'hello world', '\u00e9t\u00e9', '\U0001f600x', 'a\u0301b',
        '\U0001f600\U0001f601\U0001f602', 'tab\there', 'x' * 30]


def gen_formatspec():
    rng = random.Random(6)
    rows = []
    fixed = [('int', 1234, '09,'), ('int', 1234, '08,'), ('int', 1234, '<09,'),
             ('int', -1234, '0=9,'), ('int', 255, '#_b'), ('int', -255, '#010X'),
             ('int', 5, ',,'), ('int', 5, '_,'), ('int', 65, '05c'), ('int', 10 ** 400, 'e'),
             ('float', 1.0, '.3'), ('float', 1234.5, '.2'), ('float', -0.0, 'z'),
             ('float', -0.0001, 'z.1f'), ('float', 1e16, '#'), ('float', 0.125, '%'),
             ('float', math.nan, '+010'), ('float', 1234567.891, '_.2f'),
             ('float', 1.5, '08,'), ('float', 1.0, '.3000000000f'), ('str', 'ab', '05'),
             ('str', 'ab', '0>5'), ('str', 'abc', 'x^7.2'), ('str', '\U0001f600x', '*^5'),
             ('str', 'x', 'abc'), ('int', 5, 'abc'), ('float', 5.0, 'abc')]
    items = list(fixed)
    while len(items) < 9000:
        kind = rng.choice(['int', 'int', 'float', 'float', 'str'])
        if kind == 'int':
            v = random_int(rng)
        elif kind == 'float':
            v = format_values(rng)
        else:
            v = rng.choice(STRS)
        items.append((kind, v, random_spec(rng, kind)))
    for kind, v, spec in items:
        try:
            res = esc(format(v, spec))
        except (ValueError, OverflowError) as e:
            res = '!%s: %s' % (type(e).__name__, esc(str(e)))
        if kind == 'int':
            val = str(v)
        elif kind == 'float':
            val = bits(v)
        else:
            val = esc(v)
        rows.append((kind, val, esc(spec), res))
    write('formatspec.tsv', 'int|float|str <TAB> value (decimal, hex bits, escaped) <TAB> '
          'escaped spec <TAB> escaped format(value, spec) or !ErrorType: message', rows)


if __name__ == '__main__':
    if sys.version_info[:2] != (3, 11):
        sys.exit('these vectors pin CPython 3.11 behaviour; run with python3.11')
    gen_repr()
    gen_format()
    gen_round()
    gen_divmod()
    gen_parse()
    gen_formatspec()
