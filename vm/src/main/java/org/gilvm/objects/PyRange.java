package org.gilvm.objects;

import java.math.BigInteger;
import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;

/**
 * {@code range(start, stop, step)}. Ranges whose bounds fit in a long (nearly all) compute with
 * longs; others, such as {@code range(10**20, 10**20 + 3)}, with BigInteger.
 *
 * <p>A range holds only numbers (ints are immortal), so it owns no references.
 */
public final class PyRange extends PyObject {
    public static final PyType TYPE = new PyType("range", PyType.OBJECT, PyRange::construct);

    private final BigInteger start;
    private final BigInteger stop;
    private final BigInteger step;
    private final BigInteger length;
    /** True when start, step and every element fit in a long: the fast path. */
    private final boolean small;

    /** A range holds only ints: not a container for the collector, as in CPython. */
    @Override
    protected boolean isContainer() {
        return false;
    }

    public PyRange(BigInteger start, BigInteger stop, BigInteger step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        BigInteger n;
        if (step.signum() > 0) {
            n = start.compareTo(stop) < 0 ? stop.subtract(start).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE)
                    : BigInteger.ZERO;
        } else {
            n = start.compareTo(stop) > 0 ? start.subtract(stop).subtract(BigInteger.ONE).divide(step.negate())
                    .add(BigInteger.ONE) : BigInteger.ZERO;
        }
        this.length = n;
        this.small = start.bitLength() < 63 && stop.bitLength() < 63 && step.bitLength() < 63;
    }

    private static PyObject construct(PyType type, Args args) {
        args.noKeywords();
        if (args.size() == 0) {
            throw Errors.typeError("range expected at least 1 argument, got 0");
        }
        if (args.size() > 3) {
            throw Errors.typeError("range expected at most 3 arguments, got " + args.size());
        }
        BigInteger[] v = new BigInteger[3];
        for (int i = 0; i < args.size(); i++) {
            v[i] = Ops.index(args.get(i)).bigValue();
        }
        if (args.size() == 1) {
            return new PyRange(BigInteger.ZERO, v[0], BigInteger.ONE);
        }
        BigInteger step = args.size() == 3 ? v[2] : BigInteger.ONE;
        if (step.signum() == 0) {
            throw Errors.valueError("range() arg 3 must not be zero");
        }
        return new PyRange(v[0], v[1], step);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Nothing to visit: the bounds are numbers, not references. */
    @Override
    public void traverse(RefVisitor v) {
    }

    @Override
    public String repr() {
        return "range(" + start + ", " + stop + (step.equals(BigInteger.ONE) ? "" : ", " + step) + ")";
    }

    @Override
    public boolean isTrue() {
        return length.signum() != 0;
    }

    @Override
    public int len() {
        if (length.bitLength() > 31) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return length.intValue();
    }

    /** A new iterator; it copies the bounds, so it does not hold the range (as in CPython). */
    @Override
    public PyObject iter() {
        if (small) {
            return new PyIterator.OverRange(start.longValue(), step.longValue(), length.longValue());
        }
        return new PyIterator.OverBigRange(start, step, length);
    }

    private BigInteger at(BigInteger i) {
        return start.add(i.multiply(step));
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice slice) {
            long[] r = slice.indices(len());
            return new PyRange(at(BigInteger.valueOf(r[0])), at(BigInteger.valueOf(r[1])),
                    step.multiply(BigInteger.valueOf(r[2])));
        }
        BigInteger i = Ops.index(key, "range indices must be integers or slices, not ", "").bigValue();
        if (i.signum() < 0) {
            i = i.add(length);
        }
        if (i.signum() < 0 || i.compareTo(length) >= 0) {
            throw Errors.indexError("range object index out of range");
        }
        return PyInt.of(at(i));
    }

    @Override
    public boolean contains(PyObject item) {
        if (item instanceof PyInt n && !(item instanceof PyBool)) {
            BigInteger v = n.bigValue();
            boolean inBounds = step.signum() > 0 ? v.compareTo(start) >= 0 && v.compareTo(stop) < 0
                    : v.compareTo(start) <= 0 && v.compareTo(stop) > 0;
            return inBounds && v.subtract(start).mod(step.abs()).signum() == 0;
        }
        return super.contains(item);
    }

    @Override
    public boolean pyEquals(PyObject other) {
        if (!(other instanceof PyRange r) || !length.equals(r.length)) {
            return false;
        }
        return length.signum() == 0 || start.equals(r.start) && (length.equals(BigInteger.ONE) || step.equals(r.step));
    }

    @Override
    public long hash() {
        PyTuple key = PyTuple.of(PyInt.of(length), length.signum() == 0 ? PyNone.NONE : PyInt.of(start),
                length.compareTo(BigInteger.ONE) <= 0 ? PyNone.NONE : PyInt.of(step));
        long h = key.hash();
        RefCount.decref(key);
        return h;
    }
}
