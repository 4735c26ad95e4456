package org.gilvm.objects;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Conversions between {@code double} and text that match CPython 3.11 character for character:
 * {@code repr(float)}, {@code format(float, spec)} number rendering, {@code float(str)},
 * {@code round(float, n)}, and the {@code //} and {@code %} operators on floats.
 *
 * <h2>Shortest repr: Schubfach</h2>
 * CPython prints floats with David Gay's {@code dtoa} in mode 0: the shortest digit string that
 * reads back as the same double, and among equally short strings the one nearest the exact binary
 * value (ties to an even last digit). Java 17's {@link Double#toString(double)} cannot be used:
 * before JDK 19 (JDK-4511638) it is not always shortest ({@code 2e23} prints as
 * {@code 1.9999999999999998E23}, {@code 1e23} as {@code 9.999999999999999E22}, and some values
 * near 1e17 get 18 digits), and even the fixed JDK 19 version deliberately differs from Gay by
 * preferring a closer two-digit string when a one-digit one exists ({@code 4.9E-324} where
 * Python says {@code 5e-324}).
 *
 * <p>We therefore use Raffaello Giulietti's Schubfach algorithm ("The Schubfach way to render
 * doubles", 2020; the algorithm behind JDK 19's {@code Double.toString}). It needs only 64-bit
 * multiplications against a table of 126-bit approximations of powers of ten (built once with
 * BigInteger when the class loads), so no big-number arithmetic happens per call, which keeps
 * printing in loops cheap. Two changes turn JDK's variant into Gay's:
 * subnormals are not pre-scaled by ten (JDK does that to force two digits), and the check for
 * a shorter candidate one decade up is applied whenever at least two digits are in play.
 *
 * <h2>Fixed precision and rounding</h2>
 * {@code format(x, '.3e')}, {@code '.2f'} and {@code round(x, n)} round the exact binary value
 * half-even, like Gay's modes 2 and 3 (and unlike {@link String#format}, which is HALF_UP). The
 * exact quotient {@code x / 10^j} is computed with 64/128-bit integers when it fits and with
 * {@link BigInteger} otherwise; the digit layout is a port of CPython's
 * {@code format_float_short}.
 */
public final class FloatFormat {

    private FloatFormat() {
    }

    // ---------------------------------------------------------------- public API

    /** Python's {@code repr(x)}, which is also {@code str(x)}. */
    public static String repr(double d) {
        return doubleToString(d, 'r', 0, ADD_DOT_0);
    }

    /**
     * Python's {@code format(d, '[#].{precision}{type}')} without sign, width or grouping options.
     *
     * @param type one of {@code e E f F g G}, or {@code 'r'} for "no presentation type", which
     *             is {@code repr(d)} when {@code precision < 0} and otherwise behaves like
     *             {@code 'g'} but keeps a {@code .0} on integral results, as
     *             {@code format(1.0, '.3') == '1.0'} does
     * @param precision digits after the point ({@code e f}) or significant digits ({@code g});
     *                  negative means Python's default: 6, or plain repr for {@code 'r'}
     * @param alternate the {@code '#'} flag: keep the decimal point and trailing zeros
     */
    public static String format(double d, char type, int precision, boolean alternate) {
        return format(d, type, precision, alternate ? ALT : 0);
    }

    /**
     * Python's {@code float(text)} for a {@code str} argument.
     *
     * @throws NumberFormatException carrying {@code text} unchanged when Python would raise
     *         {@code ValueError: could not convert string to float}
     */
    public static double parse(String text) {
        String ascii = toAsciiForm(text);
        if (ascii != null && ascii.indexOf('_') >= 0) {
            ascii = removeUnderscores(ascii);
        }
        String body = ascii == null ? null : stripAsciiSpace(ascii);
        if (body == null) {
            throw new NumberFormatException(text);
        }
        Double special = infOrNan(body);
        if (special != null) {
            return special;
        }
        if (!isDecimalLiteral(body)) {
            throw new NumberFormatException(text);
        }
        // Syntax is already restricted to what Python accepts, and FloatingDecimal rounds
        // correctly, so Java's parser can do the arithmetic.
        return Double.parseDouble(body);
    }

    /**
     * Python's {@code round(x, ndigits)} for a float and an int {@code ndigits} (callers clip
     * larger ints to the int range, which does not change the result).
     *
     * @throws ArithmeticException with CPython's OverflowError message when the rounded value
     *         does not fit in a double
     */
    public static double round(double x, int ndigits) {
        if (!Double.isFinite(x) || x == 0.0) {
            return x;
        }
        // Beyond these bounds every double rounds to itself or to zero (CPython's
        // NDIGITS_MAX / NDIGITS_MIN).
        if (ndigits > 323) {
            return x;
        }
        if (ndigits < -308) {
            return 0.0 * x;
        }
        String r = roundToPow10(Math.abs(x), -ndigits);
        double abs = decimalToDouble(r, -ndigits);
        if (Double.isInfinite(abs)) {
            throw new ArithmeticException("rounded value too large to represent");
        }
        return x < 0 ? -abs : abs;
    }

    /** Python's {@code a // b} for floats; the caller rejects {@code b == 0}. */
    public static double floorDiv(double a, double b) {
        double mod = a % b;
        // a - mod is exactly a multiple of b mathematically, so the division is nearly integral.
        double div = (a - mod) / b;
        if (mod != 0.0 && (b < 0) != (mod < 0)) {
            div -= 1.0; // the remainder will move to the divisor's side
        }
        if (div != 0.0) {
            double floor = Math.floor(div);
            // Snap the quotient to the nearest integer, as CPython does.
            if (div - floor > 0.5) {
                floor += 1.0;
            }
            return floor;
        }
        return Math.copySign(0.0, a / b);
    }

    /** Python's {@code a % b} for floats; the caller rejects {@code b == 0}. */
    public static double floorMod(double a, double b) {
        double mod = a % b;
        if (mod != 0.0) {
            // The remainder takes the sign of the divisor in Python.
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
            return mod;
        }
        // Java's % (C's fmod) gives the dividend's sign for a zero remainder; Python wants b's.
        return Math.copySign(0.0, b);
    }

    // ---------------------------------------------------------------- flags for FormatSpec

    /** Keep a {@code .0} when the result would look like an int (CPython Py_DTSF_ADD_DOT_0). */
    static final int ADD_DOT_0 = 1;
    /** The {@code '#'} option (Py_DTSF_ALT). */
    static final int ALT = 2;
    /** The {@code 'z'} option: drop the sign of a result that rounded to zero. */
    static final int NO_NEG_0 = 4;

    /**
     * {@link #format(double, char, int, boolean)} with the full set of CPython flags.
     * Type {@code 'r'} without precision already implies {@link #ADD_DOT_0}.
     */
    static String format(double d, char type, int precision, int flags) {
        switch (type) {
            case 'r':
                // Python: no type means repr without precision, else 'g' that keeps a ".0".
                return precision < 0
                        ? doubleToString(d, 'r', 0, flags | ADD_DOT_0)
                        : doubleToString(d, 'g', precision, flags | ADD_DOT_0);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                return doubleToString(d, type, precision < 0 ? 6 : precision, flags);
            default:
                throw new IllegalArgumentException("unsupported float format type: " + type);
        }
    }

    // ---------------------------------------------------------------- PyOS_double_to_string

    /** Digits without trailing zeros and the position of the decimal point relative to them. */
    private record Decimal(String digits, int decpt) {
    }

    private static final Decimal ZERO = new Decimal("0", 1);

    /** CPython's PyOS_double_to_string for codes e, f, g (either case) and r. */
    private static String doubleToString(double val, char code, int precision, int flags) {
        boolean upper = code == 'E' || code == 'F' || code == 'G';
        char lower = Character.toLowerCase(code);
        if (Double.isNaN(val)) {
            // CPython ignores the sign of a nan.
            return upper ? "NAN" : "nan";
        }
        boolean negative = (Double.doubleToRawLongBits(val) < 0);
        if (Double.isInfinite(val)) {
            String inf = upper ? "INF" : "inf";
            return negative ? "-" + inf : inf;
        }
        double abs = Math.abs(val);
        Decimal dec;
        switch (lower) {
            case 'e':
                precision++;
                dec = abs == 0.0 ? ZERO : roundSignificant(abs, precision);
                break;
            case 'f':
                dec = abs == 0.0 ? ZERO : roundFixed(abs, precision);
                break;
            case 'g':
                if (precision == 0) {
                    precision = 1;
                }
                dec = abs == 0.0 ? ZERO : roundSignificant(abs, precision);
                break;
            default:
                dec = abs == 0.0 ? ZERO : shortest(abs);
                break;
        }
        if ((flags & NO_NEG_0) != 0 && isZeroDigits(dec.digits)) {
            negative = false;
        }
        return layout(negative, dec, lower, precision, flags, upper);
    }

    private static boolean isZeroDigits(String digits) {
        return digits.isEmpty() || digits.equals("0");
    }

    /**
     * Port of the layout half of CPython's format_float_short: pads Gay-style digits with
     * zeros, places the point and decides between fixed and exponent notation.
     */
    private static String layout(boolean negative, Decimal dec, char code, int precision,
                                 int flags, boolean upper) {
        String digits = dec.digits;
        int decpt = dec.decpt;
        int digitsLen = digits.length();
        boolean addDot0 = (flags & ADD_DOT_0) != 0;
        boolean alt = (flags & ALT) != 0;
        int vdigitsEnd = digitsLen;
        boolean useExp = false;
        switch (code) {
            case 'e':
                useExp = true;
                vdigitsEnd = precision;
                break;
            case 'f':
                vdigitsEnd = decpt + precision;
                break;
            case 'g':
                useExp = decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision);
                if (alt) {
                    vdigitsEnd = precision;
                }
                break;
            default:
                // repr switches to exponent notation at 1e16 and below 1e-4
                useExp = decpt <= -4 || decpt > 16;
                break;
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        vdigitsEnd = Math.max(vdigitsEnd, !useExp && addDot0 ? decpt + 1 : decpt);

        StringBuilder sb = new StringBuilder(Math.max(16, vdigitsEnd - vdigitsStart + 8));
        if (negative) {
            sb.append('-');
        }
        if (decpt <= 0) {
            appendZeros(sb, decpt - vdigitsStart);
            sb.append('.');
            appendZeros(sb, -decpt);
        } else {
            appendZeros(sb, -vdigitsStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digitsLen);
        } else {
            sb.append(digits);
        }
        if (digitsLen < decpt) {
            appendZeros(sb, decpt - digitsLen);
            sb.append('.');
            appendZeros(sb, vdigitsEnd - decpt);
        } else {
            appendZeros(sb, vdigitsEnd - digitsLen);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alt) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            appendExponent(sb, upper ? 'E' : 'e', exp);
        }
        return sb.toString();
    }

    private static void appendZeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append('0');
        }
    }

    /** C's {@code "%+.02d"}: explicit sign and at least two digits. */
    private static void appendExponent(StringBuilder sb, char e, int exp) {
        sb.append(e).append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) {
            sb.append('0');
        }
        sb.append(a);
    }

    // ---------------------------------------------------------------- fixed-precision digits

    /** Gay mode 2: {@code n} significant digits of {@code abs > 0}, rounded half-even. */
    private static Decimal roundSignificant(double abs, int n) {
        int j = floorLog10(abs) - n + 1;
        return toDecimal(roundToPow10(abs, j), j);
    }

    /** Gay mode 3: {@code p} digits after the point; all digits may round away. */
    private static Decimal roundFixed(double abs, int p) {
        String r = roundToPow10(abs, -p);
        if (r.equals("0")) {
            // Gay returns no digits and puts the point just after the last requested place.
            return new Decimal("", -p);
        }
        return toDecimal(r, -p);
    }

    /** The decimal {@code r * 10^j}, with trailing zeros moved into the exponent. */
    private static Decimal toDecimal(String r, int j) {
        int end = r.length();
        while (end > 1 && r.charAt(end - 1) == '0') {
            end--;
        }
        return new Decimal(r.substring(0, end), r.length() + j);
    }

    /** {@code floor(log10(v))} for finite {@code v > 0}, exact even next to powers of ten. */
    private static int floorLog10(double v) {
        int e = (int) Math.floor(Math.log10(v));
        // Math.log10 is within an ulp, so the estimate can only be one off, next to 10^e.
        if (lessThanPow10(v, e)) {
            return e - 1;
        }
        if (!lessThanPow10(v, e + 1)) {
            return e + 1;
        }
        return e;
    }

    /** Exact {@code v < 10^m}. */
    private static boolean lessThanPow10(double v, int m) {
        if (m >= 0 && m < POW10_EXACT.length) {
            return v < POW10_EXACT[m];
        }
        if (m >= POW10_APPROX_MIN && m < POW10_APPROX_MIN + POW10_APPROX.length) {
            // The approximation is within 2^-52 relative of 10^m, so a clear margin decides.
            double p = POW10_APPROX[m - POW10_APPROX_MIN];
            if (v < p * (1 - 0x1p-40)) {
                return true;
            }
            if (v > p * (1 + 0x1p-40)) {
                return false;
            }
        }
        return new BigDecimal(v).compareTo(BigDecimal.ONE.scaleByPowerOfTen(m)) < 0;
    }

    /** The powers of ten that are exactly representable as doubles. */
    private static final double[] POW10_EXACT = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };

    private static final int POW10_APPROX_MIN = -300;
    /**
     * 10^-300 .. 10^300 within an ulp (StrictMath.pow's bound; 62 of them are one ulp off the
     * nearest double), so within 2^-52 relative: far inside the 2^-40 margin of
     * {@link #lessThanPow10}. (Double.parseDouble would give the nearest, at ten times the
     * start-up cost.)
     */
    private static final double[] POW10_APPROX = new double[601];

    static {
        for (int m = 0; m < POW10_APPROX.length; m++) {
            POW10_APPROX[m] = StrictMath.pow(10, m + POW10_APPROX_MIN);
        }
    }

    private static final long[] POW5 = new long[28];

    static {
        POW5[0] = 1;
        for (int i = 1; i < POW5.length; i++) {
            POW5[i] = POW5[i - 1] * 5;
        }
    }

    /**
     * Decimal digits of {@code round_half_even(abs / 10^j)} for finite {@code abs > 0}
     * ({@code "0"} when everything rounds away).
     */
    static String roundToPow10(double abs, int j) {
        long bits = Double.doubleToRawLongBits(abs);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long c = bits & ((1L << 52) - 1);
        int q;
        if (biased == 0) {
            q = -1074;
        } else {
            c |= 1L << 52;
            q = biased - 1075;
        }
        // abs / 10^j = c * 2^(q-j) * 5^(-j)
        int a = q - j;
        int b = -j;
        String fast = b >= 0 ? roundScaledUp(c, a, b) : roundScaledDown(c, a, -b);
        return fast != null ? fast : roundExact(c, a, b);
    }

    /** {@code c * 5^b * 2^a} with {@code b >= 0}, in 128-bit arithmetic; null if too wide. */
    private static String roundScaledUp(long c, int a, int b) {
        if (b >= POW5.length) {
            return null;
        }
        long p5 = POW5[b];
        long hi = Math.multiplyHigh(c, p5);
        long lo = c * p5;
        if (a >= 0) {
            if (hi != 0 || lo < 0 || a >= 63 || (lo >>> (63 - a)) != 0) {
                return null;
            }
            return Long.toString(lo << a);
        }
        return shiftRightRounded(hi, lo, -a);
    }

    /**
     * {@code (hi:lo) / 2^s} rounded half-even, for an unsigned 128-bit numerator below
     * 2^117 and {@code s >= 1}; null if the quotient needs more than 63 bits.
     */
    private static String shiftRightRounded(long hi, long lo, int s) {
        if (s >= 118) {
            return "0";
        }
        long r;
        int cmp; // remainder compared with half the divisor
        if (s < 64) {
            if ((hi >>> s) != 0) {
                return null;
            }
            r = (hi << (64 - s)) | (lo >>> s);
            if (r < 0) {
                return null;
            }
            long rem = lo & ((1L << s) - 1);
            cmp = Long.compareUnsigned(rem, 1L << (s - 1));
        } else {
            int t = s - 64;
            r = hi >>> t;
            if (t == 0) {
                cmp = Long.compareUnsigned(lo, Long.MIN_VALUE);
            } else {
                long remHi = hi & ((1L << t) - 1);
                long halfHi = 1L << (t - 1);
                cmp = remHi != halfHi ? Long.compare(remHi, halfHi) : (lo != 0 ? 1 : 0);
            }
        }
        if (cmp > 0 || (cmp == 0 && (r & 1) != 0)) {
            r++;
            if (r < 0) {
                return null;
            }
        }
        return Long.toString(r);
    }

    /** {@code c * 2^a / 5^d} with {@code d > 0} in 64-bit arithmetic; null if too wide. */
    private static String roundScaledDown(long c, int a, int d) {
        if (d >= POW5.length) {
            return null;
        }
        long num = c;
        long den = POW5[d];
        if (a >= 0) {
            if (a >= Long.numberOfLeadingZeros(num)) {
                return null;
            }
            num <<= a;
        } else {
            if (-a >= Long.numberOfLeadingZeros(den)) {
                return null;
            }
            den <<= -a;
        }
        long r = num / den;
        long rem = num % den;
        // rem against den - rem rather than 2 * rem against den, which could overflow
        int cmp = Long.compare(rem, den - rem);
        if (cmp > 0 || (cmp == 0 && (r & 1) != 0)) {
            r++;
        }
        return Long.toString(r);
    }

    /** {@code c * 2^a * 5^b} rounded half-even, for any exponents. */
    private static String roundExact(long c, int a, int b) {
        BigInteger num = BigInteger.valueOf(c);
        BigInteger den = BigInteger.ONE;
        if (a >= 0) {
            num = num.shiftLeft(a);
        } else {
            den = den.shiftLeft(-a);
        }
        if (b >= 0) {
            num = num.multiply(BigInteger.valueOf(5).pow(b));
        } else {
            den = den.multiply(BigInteger.valueOf(5).pow(-b));
        }
        BigInteger[] qr = num.divideAndRemainder(den);
        int cmp = qr[1].shiftLeft(1).compareTo(den);
        BigInteger r = qr[0];
        if (cmp > 0 || (cmp == 0 && r.testBit(0))) {
            r = r.add(BigInteger.ONE);
        }
        return r.toString();
    }

    /** The double nearest to {@code digits * 10^e}. */
    private static double decimalToDouble(String digits, int e) {
        if (digits.length() <= 15 && e >= -22 && e <= 22) {
            // Both operands are exact doubles, so one IEEE operation rounds correctly.
            double m = Long.parseLong(digits);
            return e >= 0 ? m * POW10_EXACT[e] : m / POW10_EXACT[-e];
        }
        return Double.parseDouble(digits + "e" + e);
    }

    // ---------------------------------------------------------------- shortest digits (Schubfach)

    private static final int Q_MIN = -1074;
    private static final long C_MIN = 1L << 52;
    private static final int K_MIN = -324;
    private static final int K_MAX = 292;
    private static final long MASK_63 = 0x7fff_ffff_ffff_ffffL;

    /** g(k) = floor(10^-k * 2^(125 - flog2pow10(-k))) + 1 as (g1, g0) with g = g1 2^63 + g0. */
    private static final long[] G = new long[2 * (K_MAX - K_MIN + 1)];

    /*
     * Built incrementally, because this runs at every start-up before anything is compiled: a
     * BigInteger pow (and, for k > 0, a long division) per k costs about five times as much.
     * For k <= 0, 10^-k is kept and multiplied by ten. For k > 0, floor(2^s / 10^k) is
     * floor(floor(2^M / 10^k) / 2^(M - s)) for any M >= s, and floor(2^M / 10^k) is 2^M
     * divided by ten k times, each quotient floored (floor(floor(a / b) / c) = floor(a / bc)).
     * FloatFormatTest checks the table against the definition.
     */
    static {
        BigInteger pow10 = BigInteger.ONE;
        for (int k = 0; k >= K_MIN; k--) {
            if (k < 0) {
                pow10 = pow10.multiply(BigInteger.TEN);
            }
            setG(k, pow10.shiftLeft(125 - flog2pow10(-k)));
        }
        int m = 125 - flog2pow10(-K_MAX);
        BigInteger quotient = BigInteger.ONE.shiftLeft(m);
        for (int k = 1; k <= K_MAX; k++) {
            quotient = quotient.divide(BigInteger.TEN);
            setG(k, quotient.shiftRight(m - (125 - flog2pow10(-k))));
        }
    }

    private static void setG(int k, BigInteger floor) {
        BigInteger g = floor.add(BigInteger.ONE);
        int i = 2 * (k - K_MIN);
        G[i] = g.shiftRight(63).longValueExact();
        G[i + 1] = g.longValue() & MASK_63;
    }

    /** g(k) as (g1, g0), for the test. */
    static long[] g(int k) {
        return new long[] {G[2 * (k - K_MIN)], G[2 * (k - K_MIN) + 1]};
    }

    /** floor(log10(2^e)) for |e| <= 5456721. */
    static int flog10pow2(int e) {
        return (int) (e * 661_971_961_083L >> 41);
    }

    /** floor(log10(3/4 * 2^e)) for |e| <= 5456721. */
    static int flog10threeQuartersPow2(int e) {
        return (int) (e * 661_971_961_083L + -274_743_187_321L >> 41);
    }

    /** floor(log2(10^e)) for |e| <= 1233. */
    static int flog2pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }

    /** Shortest, then nearest, decimal that reads back as {@code abs} (finite, positive). */
    private static Decimal shortest(double abs) {
        long bits = Double.doubleToRawLongBits(abs);
        long t = bits & (C_MIN - 1);
        int biased = (int) (bits >>> 52);
        if (biased == 0) {
            return schubfach(Q_MIN, t);
        }
        int mq = 1075 - biased;
        long c = C_MIN | t;
        if (0 < mq && mq < 53) {
            // Integers below 2^53 are their own shortest representation.
            long f = c >> mq;
            if (f << mq == c) {
                return toDecimal(Long.toString(f), 0);
            }
        }
        return schubfach(-mq, c);
    }

    /**
     * Figure 7 of Giulietti's paper for {@code v = c 2^q}. Everything is scaled by 10^-k so
     * that the rounding interval [vbl, vbr] (in quarter units) is between 1 and 10 units wide;
     * then either exactly one multiple of ten lies in it (a shorter candidate) or the shortest
     * candidates are the integers s and s + 1 around v.
     */
    private static Decimal schubfach(int q, long c) {
        int out = (int) c & 0x1; // an even significand's interval includes its endpoints
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = flog10pow2(q);
        } else {
            // At a power of two the next lower double is closer, so the interval is lopsided.
            cbl = cb - 1;
            k = flog10threeQuartersPow2(q);
        }
        int h = q + flog2pow10(-k) + 2;
        long g1 = G[2 * (k - K_MIN)];
        long g0 = G[2 * (k - K_MIN) + 1];

        long vb = rop(g1, g0, cb << h);
        long vbl = rop(g1, g0, cbl << h);
        long vbr = rop(g1, g0, cbr << h);

        long s = vb >> 2;
        if (s >= 10) {
            // Gay: any shorter candidate wins; JDK waits for s >= 100 to force two digits.
            long sp10 = 10 * (s / 10);
            long tp10 = sp10 + 10;
            boolean upin = vbl + out <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out <= vbr;
            if (upin != wpin) {
                return toDecimal(Long.toString(upin ? sp10 : tp10), k);
            }
        }
        long tt = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (tt << 2) + out <= vbr;
        if (uin != win) {
            return toDecimal(Long.toString(uin ? s : tt), k);
        }
        // Both are in the interval: take the nearer, ties to even.
        long cmp = vb - (s + tt << 1);
        return toDecimal(Long.toString(cmp < 0 || cmp == 0 && (s & 0x1) == 0 ? s : tt), k);
    }

    /** Round-to-odd of g * cp / 2^127, as in section 9.8.3 of the paper. */
    private static long rop(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | (z & MASK_63) + MASK_63 >>> 63;
    }

    // ---------------------------------------------------------------- float(str)

    /**
     * CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode spaces become ' ', Unicode
     * decimal digits become ASCII digits; null when any other non-ASCII character appears.
     */
    private static String toAsciiForm(String text) {
        int n = text.length();
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) >= 127) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return text;
        }
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 127) {
                sb.append((char) cp);
            } else if (isUnicodeSpace(cp)) {
                sb.append(' ');
            } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                return null;
            }
        }
        return sb.toString();
    }

    /** Python's str.isspace() for code points from 127 up. */
    private static boolean isUnicodeSpace(int cp) {
        return cp == 0x85 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a)
                || cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
    }

    /** CPython's _Py_string_to_number_with_underscores: '_' only between two digits. */
    private static String removeUnderscores(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        char prev = '\0';
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '_') {
                if (!isDigit(prev)) {
                    return null;
                }
            } else {
                if (prev == '_' && !isDigit(ch)) {
                    return null;
                }
                sb.append(ch);
            }
            prev = ch;
        }
        return prev == '_' ? null : sb.toString();
    }

    /** Strips C isspace() characters from both ends; null when nothing remains. */
    private static String stripAsciiSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isCSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isCSpace(s.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : s.substring(start, end);
    }

    private static boolean isCSpace(char ch) {
        return ch == ' ' || (ch >= '\t' && ch <= '\r');
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    /** inf / infinity / nan with optional sign, case-insensitive; null for anything else. */
    private static Double infOrNan(String s) {
        boolean negative = s.charAt(0) == '-';
        String word = (negative || s.charAt(0) == '+') ? s.substring(1) : s;
        if (word.equalsIgnoreCase("inf") || word.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (word.equalsIgnoreCase("nan")) {
            // Python keeps the sign bit of '-nan' (visible through math.copysign).
            return negative ? Double.longBitsToDouble(0xfff8_0000_0000_0000L) : Double.NaN;
        }
        return null;
    }

    /** {@code [+-]? (digits ['.' digits?] | '.' digits) ([eE] [+-]? digits)?} */
    private static boolean isDecimalLiteral(String s) {
        int i = 0;
        int n = s.length();
        if (s.charAt(i) == '+' || s.charAt(i) == '-') {
            i++;
        }
        int intDigits = skipDigits(s, i);
        i += intDigits;
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            fracDigits = skipDigits(s, i);
            i += fracDigits;
        }
        if (intDigits + fracDigits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = skipDigits(s, i);
            if (expDigits == 0) {
                return false;
            }
            i += expDigits;
        }
        return i == n;
    }

    private static int skipDigits(String s, int from) {
        int i = from;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i - from;
    }
}
