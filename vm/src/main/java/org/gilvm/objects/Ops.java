package org.gilvm.objects;

import java.util.IdentityHashMap;
import java.util.Map;
import org.gilvm.ast.BinaryOperator;
import org.gilvm.ast.CompareOperator;
import org.gilvm.heap.RefCount;

/**
 * Python's operators on values: arithmetic with int/float promotion, comparisons, and the helpers
 * the built-in types share. The interpreter's dispatch loop calls these, so its cases stay thin.
 */
public final class Ops {
    private Ops() { }

    private static final BinaryOperator[] BINARY = BinaryOperator.values();
    private static final CompareOperator[] COMPARE = CompareOperator.values();
    /** The operand of BINARY_OP for an in-place form ({@code +=}) is the operator's ordinal plus this. */
    public static final int INPLACE = 16;

    // ---------------------------------------------------------------- binary operators

    /** {@code a op b}, where {@code op} is a BINARY_OP operand. */
    public static PyObject binary(int op, PyObject a, PyObject b) {
        boolean inplace = op >= INPLACE;
        BinaryOperator operator = BINARY[inplace ? op - INPLACE : op];
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return intBinary(operator, x, y, inplace);
        }
        if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)) {
            return floatBinary(operator, toDouble(a), toDouble(b), a, b, inplace);
        }
        PyObject r = sequenceBinary(operator, a, b, inplace);
        if (r != null) {
            return r;
        }
        if (a instanceof PyInstance || b instanceof PyInstance) {
            r = Dunders.binary(operator, a, b, inplace);
            if (r != null) {
                return r;
            }
        }
        throw unsupported(operator, a, b, inplace);
    }

    private static org.gilvm.interp.PyException unsupported(BinaryOperator operator, PyObject a, PyObject b,
                                                           boolean inplace) {
        String sym = operator.symbol() + (inplace ? "=" : "");
        if (operator == BinaryOperator.POWER && !inplace) {
            sym = "** or pow()";
        }
        if (operator == BinaryOperator.ADD && a instanceof PyBytes) {
            return Errors.typeError("can't concat " + b.type().name() + " to bytes");
        }
        if (operator == BinaryOperator.REMAINDER && a instanceof PyBytes) {
            return Errors.typeError("%-formatting of bytes is not supported by gilvm");
        }
        if (operator == BinaryOperator.ADD && (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple)
                && !inplace) {
            String an = a.type().name();
            return Errors.typeError("can only concatenate " + an + " (not \"" + b.type().name() + "\") to " + an);
        }
        if (operator == BinaryOperator.MULTIPLY && (isSequence(a) || isSequence(b))) {
            PyObject other = isSequence(a) ? b : a;
            return Errors.typeError("can't multiply sequence by non-int of type '" + other.type().name() + "'");
        }
        return Errors.unsupportedOperands(sym, a, b);
    }

    private static boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyBytes || o instanceof PyList || o instanceof PyTuple;
    }

    private static double toDouble(PyObject o) {
        return o instanceof PyFloat f ? f.value() : ((PyInt) o).doubleValue();
    }

    private static PyObject intBinary(BinaryOperator op, PyInt a, PyInt b, boolean inplace) {
        switch (op) {
            case ADD: return PyInt.add(a, b);
            case SUBTRACT: return PyInt.sub(a, b);
            case MULTIPLY: return PyInt.mul(a, b);
            case FLOOR_DIVIDE: return PyInt.floorDiv(a, b);
            case REMAINDER:
                if (b.signum() == 0) {
                    throw Errors.zeroDivision("integer modulo by zero");
                }
                return PyInt.mod(a, b);
            case TRUE_DIVIDE: return PyFloat.of(PyInt.trueDiv(a, b));
            case POWER: return PyInt.pow(a, b);
            case AND: return a instanceof PyBool && b instanceof PyBool ? PyBool.of(a.isTrue() & b.isTrue()) : PyInt.and(a, b);
            case OR: return a instanceof PyBool && b instanceof PyBool ? PyBool.of(a.isTrue() | b.isTrue()) : PyInt.or(a, b);
            case XOR: return a instanceof PyBool && b instanceof PyBool ? PyBool.of(a.isTrue() ^ b.isTrue()) : PyInt.xor(a, b);
            case LSHIFT: return PyInt.lshift(a, b);
            case RSHIFT: return PyInt.rshift(a, b);
            default: throw unsupported(op, a, b, inplace);
        }
    }

    private static PyObject floatBinary(BinaryOperator op, double x, double y, PyObject a, PyObject b,
                                        boolean inplace) {
        switch (op) {
            case ADD: return PyFloat.of(x + y);
            case SUBTRACT: return PyFloat.of(x - y);
            case MULTIPLY: return PyFloat.of(x * y);
            case TRUE_DIVIDE:
                if (y == 0.0) {
                    throw Errors.zeroDivision("float division by zero");
                }
                return PyFloat.of(x / y);
            case FLOOR_DIVIDE:
                if (y == 0.0) {
                    throw Errors.zeroDivision("float floor division by zero");
                }
                return PyFloat.of(FloatFormat.floorDiv(x, y));
            case REMAINDER:
                if (y == 0.0) {
                    throw Errors.zeroDivision("float modulo");
                }
                return PyFloat.of(FloatFormat.floorMod(x, y));
            case POWER: return PyFloat.of(floatPow(x, y));
            default: throw unsupported(op, a, b, inplace);
        }
    }

    /** CPython's float_pow: the special cases C's pow leaves to the platform, and its errors. */
    private static double floatPow(double x, double y) {
        if (y == 0.0) {
            return 1.0;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (x == 0.0 && y < 0.0) {
            throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (x < 0.0 && y != Math.floor(y) && !Double.isInfinite(y)) {
            throw Errors.valueError("complex numbers are not supported by gilvm (negative number raised to a fractional power)");
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            PyBaseException e = new PyBaseException(PyExceptionTypes.OVERFLOW_ERROR);
            e.setArgs(PyTuple.of(PyInt.of(34), PyStr.of("Numerical result out of range")));
            throw new org.gilvm.interp.PyException(e);
        }
        return r;
    }

    private static PyObject sequenceBinary(BinaryOperator op, PyObject a, PyObject b, boolean inplace) {
        if (op == BinaryOperator.ADD) {
            if (a instanceof PyStr x && b instanceof PyStr y) {
                return PyStr.of(x.value().concat(y.value()));
            }
            if (a instanceof PyBytes x && b instanceof PyBytes y) {
                return PyBytes.concat(x, y);
            }
            if (a instanceof PyList x && b instanceof PyList y) {
                if (inplace) {
                    x.extend(y);
                    return RefCount.newRef(x);
                }
                return PyList.concat(x, y);
            }
            if (a instanceof PyList x && inplace) {
                x.extend(b);
                return RefCount.newRef(x);
            }
            if (a instanceof PyTuple x && b instanceof PyTuple y) {
                return PyTuple.concat(x, y);
            }
        } else if (op == BinaryOperator.MULTIPLY) {
            if (b instanceof PyInt n && !(a instanceof PyInt)) {
                return repeat(a, n, inplace);
            }
            if (a instanceof PyInt n && !(b instanceof PyInt)) {
                return repeat(b, n, false);
            }
        } else if (op == BinaryOperator.REMAINDER && a instanceof PyStr s) {
            return PercentFormat.format(s.value(), b);
        } else if (a instanceof PySet x && b instanceof PySet y) {
            switch (op) {
                case OR: return PySet.union(x, y);
                case AND: return PySet.intersection(x, y);
                case SUBTRACT: return PySet.difference(x, y);
                case XOR: return PySet.symmetricDifference(x, y);
                default: return null;
            }
        }
        return null;
    }

    private static PyObject repeat(PyObject seq, PyInt n, boolean inplace) {
        long times = n.isSmall() ? n.longValue() : (n.signum() < 0 ? 0 : Long.MAX_VALUE);
        if (seq instanceof PyStr s) {
            if (times <= 0) {
                return PyStr.EMPTY;
            }
            if ((long) s.value().length() * times > Integer.MAX_VALUE - 16) {
                throw Errors.raise(PyExceptionTypes.OVERFLOW_ERROR, "repeated string is too long");
            }
            return PyStr.of(s.value().repeat((int) times));
        }
        if (seq instanceof PyBytes b) {
            return b.repeat(times);
        }
        if (seq instanceof PyList l) {
            PyList r = l.repeat(times);
            if (inplace) {
                l.clear();
                l.extend(r);
                RefCount.decref(r);
                return RefCount.newRef(l);
            }
            return r;
        }
        if (seq instanceof PyTuple t) {
            return t.repeat(times);
        }
        return null;
    }

    // ---------------------------------------------------------------- unary operators

    public static PyObject negative(PyObject a) {
        if (a instanceof PyInt i) {
            return PyInt.neg(i);
        }
        if (a instanceof PyFloat f) {
            return PyFloat.of(-f.value());
        }
        return unaryDunder(a, "__neg__", "-");
    }

    public static PyObject positive(PyObject a) {
        if (a instanceof PyInt i) {
            return a instanceof PyBool ? PyInt.of(i.longValue()) : a;
        }
        if (a instanceof PyFloat) {
            return a;
        }
        return unaryDunder(a, "__pos__", "+");
    }

    public static PyObject invert(PyObject a) {
        if (a instanceof PyInt i) {
            return PyInt.invert(i);
        }
        return unaryDunder(a, "__invert__", "~");
    }

    /** {@code abs(x)}. */
    public static PyObject abs(PyObject x) {
        if (x instanceof PyInt i) {
            return i.signum() < 0 ? PyInt.neg(i) : (x instanceof PyBool ? PyInt.of(i.longValue()) : x);
        }
        if (x instanceof PyFloat f) {
            return PyFloat.of(Math.abs(f.value()));
        }
        PyObject r = Dunders.call(x, "__abs__");
        if (r == null) {
            throw Errors.typeError("bad operand type for abs(): '" + x.type().name() + "'");
        }
        return r;
    }

    private static PyObject unaryDunder(PyObject a, String dunder, String symbol) {
        PyObject r = Dunders.call(a, dunder);
        if (r == null) {
            throw Errors.typeError("bad operand type for unary " + symbol + ": '" + a.type().name() + "'");
        }
        return r;
    }

    // ---------------------------------------------------------------- comparisons

    /** A COMPARE_OP: one of {@code < <= == != > >=}, by CompareOperator ordinal. */
    public static PyObject compare(int op, PyObject a, PyObject b) {
        CompareOperator c = COMPARE[op];
        if (a instanceof PyInstance || b instanceof PyInstance) {
            PyObject r = Dunders.compare(c, a, b);
            if (r != null) {
                return r;
            }
            if (c == CompareOperator.EQ || c == CompareOperator.NE) {
                return PyBool.of((a == b) == (c == CompareOperator.EQ));
            }
        }
        return switch (c) {
            case EQ -> PyBool.of(eq(a, b));
            case NE -> PyBool.of(!eq(a, b));
            default -> PyBool.of(order(c, a, b));
        };
    }

    public static boolean eq(PyObject a, PyObject b) {
        if (a == b) {
            return !(a instanceof PyFloat f && Double.isNaN(f.value()));
        }
        if (a instanceof PyInt x) {
            if (b instanceof PyInt y) {
                return PyInt.compare(x, y) == 0;
            }
            if (b instanceof PyFloat y) {
                return !Double.isNaN(y.value()) && PyInt.compareWithFloat(x, y.value()) == 0;
            }
            if (!(b instanceof PyInstance)) {
                return false;
            }
        } else if (a instanceof PyFloat x) {
            if (b instanceof PyFloat y) {
                return x.value() == y.value();
            }
            if (b instanceof PyInt y) {
                return !Double.isNaN(x.value()) && PyInt.compareWithFloat(y, x.value()) == 0;
            }
            if (!(b instanceof PyInstance)) {
                return false;
            }
        }
        if (a instanceof PyInstance || b instanceof PyInstance) {
            PyObject r = Dunders.compare(CompareOperator.EQ, a, b);
            if (r == null) {
                return false;
            }
            boolean truth = r.isTrue();
            RefCount.decref(r);
            return truth;
        }
        if (a.getClass() != b.getClass()) {
            return false;
        }
        return a.pyEquals(b);
    }

    private static org.gilvm.interp.PyException notSupported(CompareOperator op, PyObject a, PyObject b) {
        return Errors.typeError("'" + op.symbol() + "' not supported between instances of '" + a.type().name()
                + "' and '" + b.type().name() + "'");
    }

    public static boolean lessThan(PyObject a, PyObject b) {
        return order(CompareOperator.LT, a, b);
    }

    /** {@code < <= > >=} for numbers, strings and sequences; TypeError otherwise, as CPython. */
    public static boolean order(CompareOperator op, PyObject a, PyObject b) {
        int c;
        if (a instanceof PyInt x && b instanceof PyInt y) {
            c = PyInt.compare(x, y);
        } else if ((a instanceof PyInt || a instanceof PyFloat) && (b instanceof PyInt || b instanceof PyFloat)) {
            if (a instanceof PyFloat x && b instanceof PyFloat y) {
                return orderDoubles(op, x.value(), y.value());
            }
            double d = a instanceof PyFloat x ? x.value() : ((PyFloat) b).value();
            if (Double.isNaN(d)) {
                return false;
            }
            c = a instanceof PyInt x ? PyInt.compareWithFloat(x, d) : -PyInt.compareWithFloat((PyInt) b, d);
        } else if (a instanceof PyStr x && b instanceof PyStr y) {
            c = compareCodePoints(x.value(), y.value());
        } else if (a instanceof PyBytes x && b instanceof PyBytes y) {
            c = PyBytes.compare(x, y);
        } else if (a instanceof PyList x && b instanceof PyList y) {
            // Both locked while their (borrowed) items are compared, as list == list.
            try (CriticalSection cs = CriticalSection.enter(x, y)) {
                return orderSequences(op, x.toArray(), y.toArray());
            }
        } else if (a instanceof PyTuple x && b instanceof PyTuple y) {
            return orderSequences(op, x.items(), y.items());
        } else if (a instanceof PySet x && b instanceof PySet y) {
            return switch (op) {
                case LE -> x.isSubsetOf(y);
                case LT -> x.size() < y.size() && x.isSubsetOf(y);
                case GE -> y.isSubsetOf(x);
                default -> y.size() < x.size() && y.isSubsetOf(x);
            };
        } else if (a instanceof PyInstance || b instanceof PyInstance) {
            PyObject r = Dunders.compare(op, a, b);
            if (r == null) {
                throw notSupported(op, a, b);
            }
            boolean truth = r.isTrue();
            RefCount.decref(r);
            return truth;
        } else {
            throw Errors.typeError("'" + op.symbol() + "' not supported between instances of '" + a.type().name()
                    + "' and '" + b.type().name() + "'");
        }
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    private static boolean orderDoubles(CompareOperator op, double x, double y) {
        return switch (op) {
            case LT -> x < y;
            case LE -> x <= y;
            case GT -> x > y;
            default -> x >= y;
        };
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /** Lexicographic: the first unequal pair decides; otherwise the lengths do. */
    private static boolean orderSequences(CompareOperator op, PyObject[] a, PyObject[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (!eq(a[i], b[i])) {
                return order(op, a[i], b[i]);
            }
        }
        return switch (op) {
            case LT -> a.length < b.length;
            case LE -> a.length <= b.length;
            case GT -> a.length > b.length;
            default -> a.length >= b.length;
        };
    }

    public static boolean sequenceEquals(PyObject[] a, int an, PyObject[] b, int bn) {
        if (an != bn) {
            return false;
        }
        for (int i = 0; i < an; i++) {
            if (a[i] != b[i] && !eq(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- conversions

    /**
     * {@code iter(o)} (a new reference), or a TypeError saying {@code message} when {@code o} is
     * not iterable: what an operation says for its argument ("can only join an iterable").
     */
    public static PyObject iterOr(PyObject o, String message) {
        try {
            return o.iter();
        } catch (org.gilvm.interp.PyException notIterable) {
            if (!notIterable.isInstance(PyExceptionTypes.TYPE_ERROR)) {
                throw notIterable;
            }
            notIterable.discard();
            throw Errors.typeError(message);
        }
    }

    /** {@code operator.index(o)}: ints (and bools) only. */
    public static PyInt index(PyObject o) {
        return index(o, "'", "' object cannot be interpreted as an integer");
    }

    public static PyInt index(PyObject o, String message) {
        if (o instanceof PyInt i) {
            return i;
        }
        PyObject viaDunder = Dunders.call(o, "__index__");
        if (viaDunder instanceof PyInt i) {
            return i; // ints are immortal: nothing to count
        }
        if (viaDunder != null) {
            throw Errors.typeError("__index__ returned non-int (type " + viaDunder.type().name() + ")");
        }
        throw Errors.typeError(message);
    }

    /**
     * The int, or a TypeError saying {@code before + type name + after}. The message is made only
     * when it is needed: indexing a list or a str is hot, and its message is not.
     */
    public static PyInt index(PyObject o, String before, String after) {
        if (o instanceof PyInt i) {
            return i;
        }
        throw Errors.typeError(before + o.type().name() + after);
    }

    // ---------------------------------------------------------------- format()

    /** FORMAT_VALUE: the conversion ({@code !s}, {@code !r}, {@code !a}: 1, 2, 3), then {@code format(v, spec)}. */
    public static PyObject formatValue(PyObject v, int conversion, String spec) {
        if (conversion == 0) {
            return format(v, spec);
        }
        String text = conversion == 1 ? v.str() : conversion == 2 ? v.repr() : ascii(v.repr());
        return format(PyStr.of(text), spec);
    }

    /** Python's {@code format(v, spec)}: {@code __format__} of the value's type. A new reference. */
    public static PyObject format(PyObject v, String spec) {
        PyObject custom = Dunders.call(v, "__format__", PyStr.of(spec));
        if (custom != null) {
            if (!(custom instanceof PyStr)) {
                RefCount.decref(custom);
                throw Errors.typeError("__format__ must return a str, not " + custom.type().name());
            }
            return custom;
        }
        if (spec.isEmpty() && !(v instanceof PyFloat || v instanceof PyInt && !(v instanceof PyBool))) {
            return PyStr.of(v.str());
        }
        try {
            if (v instanceof PyInt i) {
                return PyStr.of(FormatSpec.formatInt(i.bigValue(), FormatSpec.parse(spec, v.type().name())));
            }
            if (v instanceof PyFloat f) {
                return PyStr.of(FormatSpec.formatFloat(f.value(), FormatSpec.parse(spec, "float")));
            }
            if (v instanceof PyStr s) {
                return PyStr.of(FormatSpec.formatStr(s.value(), FormatSpec.parse(spec, "str")));
            }
        } catch (IllegalArgumentException bad) {
            throw Errors.valueError(bad.getMessage());
        }
        throw Errors.typeError("unsupported format string passed to " + v.type().name() + ".__format__");
    }

    /** {@code ascii()}: the repr with every non-ASCII character escaped. */
    public static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        repr.codePoints().forEach(cp -> {
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp < 0x100) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }

    // ---------------------------------------------------------------- repr of containers

    private static final ThreadLocal<Map<PyObject, Boolean>> REPR_IN_PROGRESS =
            ThreadLocal.withInitial(IdentityHashMap::new);

    /** Py_ReprEnter: false when {@code o} is already being printed on this thread (a cycle). */
    static boolean enterRepr(PyObject o) {
        return REPR_IN_PROGRESS.get().putIfAbsent(o, Boolean.TRUE) == null;
    }

    static void leaveRepr(PyObject o) {
        REPR_IN_PROGRESS.get().remove(o);
    }

    /** {@code open + repr(items) joined by ", " + close}; {@code self} guards against cycles. */
    static String joinReprs(String open, PyObject[] items, int n, String close, PyObject self) {
        if (self != null && !enterRepr(self)) {
            return open + "..." + close;
        }
        try {
            StringBuilder sb = new StringBuilder(open);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(items[i].repr());
            }
            return sb.append(close).toString();
        } finally {
            if (self != null) {
                leaveRepr(self);
            }
        }
    }
}
