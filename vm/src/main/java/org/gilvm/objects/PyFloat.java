package org.gilvm.objects;

/** Python's float: an IEEE double, printed with the shortest repr that reads back the same. */
public final class PyFloat extends PyObject {
    public static final PyType TYPE = new PyType("float", PyType.OBJECT, PyFloat::construct);

    private final double value;

    private PyFloat(double value) {
        super(true);
        this.value = value;
    }

    public static PyFloat of(double v) {
        return new PyFloat(v);
    }

    public double value() {
        return value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return FloatFormat.repr(value);
    }

    @Override
    public boolean isTrue() {
        return value != 0.0;
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return Ops.eq(this, other);
    }

    /** CPython's _Py_HashDouble: equal to the hash of an equal int, and spread over 61 bits otherwise. */
    @Override
    public long hash() {
        double v = value;
        if (Double.isNaN(v)) {
            return id() >>> 4;
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.0e18) {
            return PyInt.of((long) v).hash();
        }
        int sign = v < 0 ? -1 : 1;
        double m = Math.abs(v);
        int e = Math.getExponent(m) + 1; // frexp: m = mantissa * 2**e with mantissa in [0.5, 1)
        if (m < Double.MIN_NORMAL) {
            e = Math.getExponent(m * 0x1p54) + 1 - 54;
        }
        m = m / Math.scalb(1.0, e);
        long x = 0;
        final long p = PyInt.HASH_MODULUS;
        while (m != 0) {
            x = ((x << 28) & p) | x >> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= p) {
                x -= p;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & p) | x >> (61 - e);
        x *= sign;
        return x == -1 ? -2 : x;
    }

    private static PyObject construct(PyType type, Args args) {
        args.noKeywords().between(0, 1);
        if (args.size() == 0) {
            return of(0.0);
        }
        return toFloat(args.get(0));
    }

    /** {@code float(x)}. */
    public static PyFloat toFloat(PyObject x) {
        if (x instanceof PyFloat f) {
            return f;
        }
        if (x instanceof PyInt i) {
            return of(i.doubleValue());
        }
        if (x instanceof PyStr s) {
            try {
                return of(FloatFormat.parse(s.value()));
            } catch (NumberFormatException bad) {
                throw Errors.valueError("could not convert string to float: " + s.repr());
            }
        }
        PyObject viaDunder = x instanceof PyInstance inst ? inst.callDunder("__float__") : null;
        if (viaDunder == null && x instanceof PyInstance inst) {
            viaDunder = inst.callDunder("__index__");
            if (viaDunder instanceof PyInt i) {
                return of(i.doubleValue());
            }
        }
        if (viaDunder instanceof PyFloat f) {
            return f;
        }
        if (viaDunder != null) {
            throw Errors.typeError(x.type().name() + ".__float__ returned non-float (type " + viaDunder.type().name() + ")");
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '" + x.type().name() + "'");
    }
}
