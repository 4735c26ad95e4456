package org.gilvm.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Python's arbitrary-precision int. Values that fit in a long are kept in {@link #value} and
 * computed with overflow checks; larger ones live in {@link #big}. Small ints (-5..256) are cached
 * and immortal, as in CPython.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = new PyType("int", PyType.OBJECT, PyInt::construct);

    private static final int CACHE_LOW = -5;
    private static final int CACHE_HIGH = 256;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];
    /** CPython's modulus for numeric hashes: 2**61 - 1. */
    static final long HASH_MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_HASH_MODULUS = BigInteger.valueOf(HASH_MODULUS);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** CPython 3.11's default limit on int/str conversion (sys.int_info.default_max_str_digits). */
    private static final int MAX_STR_DIGITS = 4300;

    static {
        for (int i = CACHE_LOW; i <= CACHE_HIGH; i++) {
            CACHE[i - CACHE_LOW] = new PyInt(i);
        }
    }

    public static final PyInt ZERO = of(0);
    public static final PyInt ONE = of(1);

    final long value;
    /** Non-null only when the value does not fit in a long. */
    final BigInteger big;

    PyInt(long value) {
        super(true);
        this.value = value;
        this.big = null;
    }

    private PyInt(BigInteger big) {
        super(true);
        this.value = 0;
        this.big = big;
    }

    public static PyInt of(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) {
            return CACHE[(int) v - CACHE_LOW];
        }
        return new PyInt(v);
    }

    public static PyInt of(BigInteger v) {
        if (v.bitLength() < 64) {
            return of(v.longValue());
        }
        return new PyInt(v);
    }

    // BINARY_OP operands (Ops.binary's numbering: the operator's ordinal, plus 16 in place).
    private static final int OP_ADD = org.gilvm.ast.BinaryOperator.ADD.ordinal();
    private static final int OP_SUB = org.gilvm.ast.BinaryOperator.SUBTRACT.ordinal();
    private static final int OP_MUL = org.gilvm.ast.BinaryOperator.MULTIPLY.ordinal();

    /**
     * The dispatch loop's fast path for {@code a op b} on two ints that fit in a long: +, - and *
     * (in place or not) when the result fits too; null for everything else, which then takes
     * the general path ({@link Ops#binary}). Bools are ints here, as in Python.
     */
    public static PyInt fastBinary(int op, PyInt a, PyInt b) {
        if (a.big != null || b.big != null) {
            return null;
        }
        int plain = op >= Ops.INPLACE ? op - Ops.INPLACE : op;
        long x = a.value;
        long y = b.value;
        if (plain == OP_ADD) {
            long r = x + y;
            return ((x ^ r) & (y ^ r)) < 0 ? null : of(r);
        }
        if (plain == OP_SUB) {
            long r = x - y;
            return ((x ^ y) & (x ^ r)) < 0 ? null : of(r);
        }
        if (plain == OP_MUL) {
            long hi = Math.multiplyHigh(x, y);
            long r = x * y;
            return (hi == 0 && r >= 0) || (hi == -1 && r < 0) ? of(r) : null;
        }
        return null;
    }

    /** The dispatch loop's fast path for a comparison of two ints that fit in a long; null otherwise. */
    public static PyBool fastCompare(int op, PyInt a, PyInt b) {
        if (a.big != null || b.big != null || op > 5) {
            return null;
        }
        int c = Long.compare(a.value, b.value);
        boolean r = switch (op) {
            case 0 -> c < 0;
            case 1 -> c <= 0;
            case 2 -> c == 0;
            case 3 -> c != 0;
            case 4 -> c > 0;
            default -> c >= 0;
        };
        return PyBool.of(r);
    }

    public boolean isSmall() {
        return big == null;
    }

    /** The value as a long; callers check {@link #isSmall()} first or accept OverflowError. */
    public long longValue() {
        if (big != null) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return value;
    }

    /** The value as a Java int index, or OverflowError, as CPython's Py_ssize_t conversions do. */
    public int intValue() {
        long v = longValue();
        if (v != (int) v) {
            throw Errors.raise(PyExceptionTypes.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
        }
        return (int) v;
    }

    public BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    public double doubleValue() {
        if (big == null) {
            return (double) value;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflow("int too large to convert to float");
        }
        return d;
    }

    public int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        if (big == null) {
            return Long.toString(value);
        }
        if (big.bitLength() > MAX_STR_DIGITS * 3.32) {
            String s = big.toString();
            if (s.length() - (big.signum() < 0 ? 1 : 0) > MAX_STR_DIGITS) {
                throw Errors.valueError("Exceeds the limit (4300 digits) for integer string conversion; "
                        + "use sys.set_int_max_str_digits() to increase the limit");
            }
            return s;
        }
        return big.toString();
    }

    @Override
    public boolean isTrue() {
        return big != null || value != 0;
    }

    @Override
    public long hash() {
        if (big == null) {
            long h;
            if (value == Long.MIN_VALUE) {
                h = -bigHash(BigInteger.valueOf(value).negate());
            } else {
                h = value >= 0 ? value % HASH_MODULUS : -((-value) % HASH_MODULUS);
            }
            return h == -1 ? -2 : h;
        }
        long h = big.signum() < 0 ? -bigHash(big.negate()) : bigHash(big);
        return h == -1 ? -2 : h;
    }

    private static long bigHash(BigInteger nonNegative) {
        return nonNegative.mod(BIG_HASH_MODULUS).longValue();
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return Ops.eq(this, other);
    }

    // ---------------------------------------------------------------- arithmetic

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value + b.value;
            if (((a.value ^ r) & (b.value ^ r)) >= 0) {
                return of(r);
            }
        }
        return of(a.bigValue().add(b.bigValue()));
    }

    public static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value - b.value;
            if (((a.value ^ b.value) & (a.value ^ r)) >= 0) {
                return of(r);
            }
        }
        return of(a.bigValue().subtract(b.bigValue()));
    }

    public static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long hi = Math.multiplyHigh(a.value, b.value);
            long lo = a.value * b.value;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return of(lo);
            }
        }
        return of(a.bigValue().multiply(b.bigValue()));
    }

    public static PyInt floorDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("integer division or modulo by zero");
        }
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return of(Math.floorDiv(a.value, b.value));
        }
        BigInteger[] qr = a.bigValue().divideAndRemainder(b.bigValue());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return of(q);
    }

    public static PyInt mod(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("integer division or modulo by zero");
        }
        if (a.big == null && b.big == null) {
            if (b.value == -1) {
                return ZERO;
            }
            return of(Math.floorMod(a.value, b.value));
        }
        BigInteger r = a.bigValue().mod(b.bigValue().abs());
        if (b.signum() < 0 && r.signum() != 0) {
            r = r.add(b.bigValue());
        }
        return of(r);
    }

    /** int / int, correctly rounded like CPython's long_true_divide. */
    public static double trueDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("division by zero");
        }
        final long exact = 1L << 53;
        if (a.big == null && b.big == null && Math.abs(a.value) <= exact && Math.abs(b.value) <= exact) {
            return (double) a.value / (double) b.value;
        }
        BigDecimal q = new BigDecimal(a.bigValue()).divide(new BigDecimal(b.bigValue()), MathContext.DECIMAL128);
        double d = q.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflow("integer division result too large for a float");
        }
        return d;
    }

    public static PyObject pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            double base = a.doubleValue();
            if (base == 0.0) {
                throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return PyFloat.of(Math.pow(base, b.doubleValue()));
        }
        if (b.big != null || b.value > Integer.MAX_VALUE) {
            if (a.big == null && (a.value == 0 || a.value == 1)) {
                return a;
            }
            if (a.big == null && a.value == -1) {
                return b.bigValue().testBit(0) ? a : ONE;
            }
            throw Errors.overflow("exponent too large");
        }
        int e = (int) b.value;
        if (a.big == null) {
            long result = 1;
            long base = a.value;
            int n = e;
            boolean overflow = false;
            while (n > 0 && !overflow) {
                if ((n & 1) != 0) {
                    long hi = Math.multiplyHigh(result, base);
                    long lo = result * base;
                    overflow = !((hi == 0 && lo >= 0) || (hi == -1 && lo < 0));
                    result = lo;
                }
                n >>= 1;
                if (n > 0 && !overflow) {
                    long hi = Math.multiplyHigh(base, base);
                    long lo = base * base;
                    overflow = !((hi == 0 && lo >= 0) || (hi == -1 && lo < 0));
                    base = lo;
                }
            }
            if (!overflow) {
                return of(result);
            }
        }
        return of(a.bigValue().pow(e));
    }

    public static PyInt neg(PyInt a) {
        if (a.big == null && a.value != Long.MIN_VALUE) {
            return of(-a.value);
        }
        return of(a.bigValue().negate());
    }

    public static PyInt invert(PyInt a) {
        return a.big == null ? of(~a.value) : of(a.big.not());
    }

    public static PyInt and(PyInt a, PyInt b) {
        return a.big == null && b.big == null ? of(a.value & b.value) : of(a.bigValue().and(b.bigValue()));
    }

    public static PyInt or(PyInt a, PyInt b) {
        return a.big == null && b.big == null ? of(a.value | b.value) : of(a.bigValue().or(b.bigValue()));
    }

    public static PyInt xor(PyInt a, PyInt b) {
        return a.big == null && b.big == null ? of(a.value ^ b.value) : of(a.bigValue().xor(b.bigValue()));
    }

    public static PyInt lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (a.signum() == 0) {
            return ZERO;
        }
        if (b.big != null || b.value > Integer.MAX_VALUE / 2) {
            throw Errors.overflow("too many digits in integer");
        }
        int n = (int) b.value;
        if (a.big == null && n < 63 && Math.abs(a.value) < (1L << (62 - n))) {
            return of(a.value << n);
        }
        return of(a.bigValue().shiftLeft(n));
    }

    public static PyInt rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (b.big != null || b.value >= Integer.MAX_VALUE) {
            return a.signum() < 0 ? of(-1) : ZERO;
        }
        int n = (int) b.value;
        if (a.big == null) {
            return of(n >= 64 ? (a.value < 0 ? -1 : 0) : a.value >> n);
        }
        return of(a.big.shiftRight(n));
    }

    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return Long.compare(a.value, b.value);
        }
        return a.bigValue().compareTo(b.bigValue());
    }

    /** Compares an int with a float exactly (no rounding of the int), as CPython's float_richcompare. */
    public static int compareWithFloat(PyInt a, double d) {
        if (Double.isNaN(d)) {
            throw new IllegalArgumentException("NaN has no order");
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        if (a.big == null && Math.abs(a.value) <= (1L << 53)) {
            double x = (double) a.value;
            return x < d ? -1 : x > d ? 1 : 0; // not Double.compare: 0 == -0.0 in Python
        }
        return new BigDecimal(a.bigValue()).compareTo(new BigDecimal(d));
    }

    // ---------------------------------------------------------------- int(...)

    private static PyObject construct(PyType type, Args args) {
        args.onlyKeywords("base");
        if (args.size() > 2) {
            throw Errors.typeError("int() takes at most 2 arguments (" + args.size() + " given)");
        }
        PyObject x = args.getOr(0, null);
        PyObject base = args.arg(1, "base", null);
        if (x == null) {
            if (base != null) {
                throw Errors.typeError("int() missing string argument");
            }
            return ZERO;
        }
        if (base != null) {
            if (!(x instanceof PyStr s)) {
                throw Errors.typeError("int() can't convert non-string with explicit base");
            }
            return parse(s.value(), Ops.index(base).intValue());
        }
        return toInt(x);
    }

    /** {@code int(x)} for one argument. */
    public static PyInt toInt(PyObject x) {
        if (x instanceof PyInt i) {
            return x instanceof PyBool ? of(i.value) : i;
        }
        if (x instanceof PyFloat f) {
            return fromDouble(f.value());
        }
        if (x instanceof PyStr s) {
            return parse(s.value(), 10);
        }
        PyObject viaDunder = x instanceof PyInstance inst ? inst.callDunder("__int__") : null;
        if (viaDunder == null && x instanceof PyInstance inst) {
            viaDunder = inst.callDunder("__index__");
        }
        if (viaDunder instanceof PyInt i) {
            return i;
        }
        if (viaDunder != null) {
            throw Errors.typeError("__int__ returned non-int (type " + viaDunder.type().name() + ")");
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + x.type().name() + "'");
    }

    public static PyInt fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflow("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return of((long) d);
        }
        return of(new BigDecimal(d).toBigInteger());
    }

    /** {@code int(text, base)} with Python's literal rules (underscores, prefixes, whitespace). */
    public static PyInt parse(String text, int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String s = text.strip();
        boolean negative = false;
        String body = s;
        if (!body.isEmpty() && (body.charAt(0) == '+' || body.charAt(0) == '-')) {
            negative = body.charAt(0) == '-';
            body = body.substring(1);
        }
        int radix = base;
        if (body.length() > 1 && body.charAt(0) == '0') {
            char p = Character.toLowerCase(body.charAt(1));
            int prefixed = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixed != 0 && (base == 0 || base == prefixed)) {
                radix = prefixed;
                body = body.substring(2);
                if (body.startsWith("_")) {
                    body = body.substring(1);
                }
            }
        }
        if (radix == 0) {
            radix = 10;
            if (body.length() > 1 && body.charAt(0) == '0' && !body.replace("_", "").matches("0+")) {
                throw invalidLiteral(text, base);
            }
        }
        if (body.isEmpty() || body.startsWith("_") || body.endsWith("_") || body.contains("__")) {
            throw invalidLiteral(text, base);
        }
        String digits = body.replace("_", "");
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), radix) < 0 || digits.charAt(i) > 127 && !Character.isDigit(digits.charAt(i))) {
                throw invalidLiteral(text, base);
            }
        }
        if (radix == 10 && digits.length() > MAX_STR_DIGITS) {
            throw Errors.valueError("Exceeds the limit (4300 digits) for integer string conversion: value has "
                    + digits.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        BigInteger v = new BigInteger(digits, radix);
        return of(negative ? v.negate() : v);
    }

    private static org.gilvm.interp.PyException invalidLiteral(String text, int base) {
        return Errors.valueError("invalid literal for int() with base " + base + ": " + PyStr.reprOf(text));
    }
}
