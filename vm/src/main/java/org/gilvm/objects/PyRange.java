package org.gilvm.objects;

/** {@code range(start, stop, step)} over values that fit in a long. */
public final class PyRange extends PyObject {
    public static final PyType TYPE = new PyType("range", PyType.OBJECT, PyRange::construct);

    private final long start;
    private final long stop;
    private final long step;
    private final long length;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        } else {
            n = start > stop ? (start - stop - 1) / -step + 1 : 0;
        }
        this.length = n;
    }

    private static PyObject construct(PyType type, Args args) {
        args.noKeywords();
        if (args.size() == 0) {
            throw Errors.typeError("range expected at least 1 argument, got 0");
        }
        if (args.size() > 3) {
            throw Errors.typeError("range expected at most 3 arguments, got " + args.size());
        }
        long[] v = new long[3];
        for (int i = 0; i < args.size(); i++) {
            PyObject a = args.get(i);
            if (!(a instanceof PyInt n)) {
                throw Errors.typeError("'" + a.type().name() + "' object cannot be interpreted as an integer");
            }
            v[i] = n.longValue();
        }
        if (args.size() == 1) {
            return new PyRange(0, v[0], 1);
        }
        long step = args.size() == 3 ? v[2] : 1;
        if (step == 0) {
            throw Errors.valueError("range() arg 3 must not be zero");
        }
        return new PyRange(v[0], v[1], step);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "range(" + start + ", " + stop + (step == 1 ? "" : ", " + step) + ")";
    }

    @Override
    public boolean isTrue() {
        return length != 0;
    }

    @Override
    public int len() {
        if (length > Integer.MAX_VALUE) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return (int) length;
    }

    @Override
    public PyObject iter() {
        return new PyIterator.OverRange(start, step, length);
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice slice) {
            long[] r = slice.indices(len());
            return new PyRange(start + r[0] * step, start + r[1] * step, step * r[2]);
        }
        long i = Ops.index(key, "range indices must be integers or slices, not " + key.type().name()).longValue();
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw Errors.indexError("range object index out of range");
        }
        return PyInt.of(start + i * step);
    }

    @Override
    public boolean contains(PyObject item) {
        if (item instanceof PyInt n && !(item instanceof PyBool) && n.isSmall()) {
            long v = n.longValue();
            boolean inBounds = step > 0 ? v >= start && v < stop : v <= start && v > stop;
            return inBounds && (v - start) % step == 0;
        }
        return super.contains(item);
    }

    @Override
    public boolean pyEquals(PyObject other) {
        if (!(other instanceof PyRange r)) {
            return false;
        }
        if (length != r.length) {
            return false;
        }
        return length == 0 || start == r.start && (length == 1 || step == r.step);
    }

    @Override
    public long hash() {
        return PyTuple.of(PyInt.of(length), length == 0 ? PyNone.NONE : PyInt.of(start),
                length <= 1 ? PyNone.NONE : PyInt.of(step)).hash();
    }
}
