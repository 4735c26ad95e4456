package org.gilvm.objects;

import java.util.Arrays;

/** Python's tuple: an immutable array of references. */
public final class PyTuple extends PyObject {
    public static final PyType TYPE = new PyType("tuple", PyType.OBJECT, (t, a) -> {
        a.noKeywords().between(0, 1);
        return a.size() == 0 ? PyTuple.EMPTY : fromIterable(a.get(0));
    });
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    private final PyObject[] items;

    private PyTuple(PyObject[] items) {
        this.items = items;
    }

    /** Takes ownership of {@code items}: the caller must not change the array afterwards. */
    public static PyTuple wrap(PyObject[] items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public static PyTuple of(PyObject... items) {
        return wrap(items.clone());
    }

    public static PyTuple fromIterable(PyObject iterable) {
        if (iterable instanceof PyTuple t) {
            return t;
        }
        if (iterable instanceof PyList l) {
            return wrap(l.toArray());
        }
        return wrap(PyList.fromIterable(iterable).toArray());
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    /** The backing array; read-only by contract. */
    public PyObject[] items() {
        return items;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        if (items.length == 1) {
            return "(" + items[0].repr() + ",)";
        }
        return Ops.joinReprs("(", items, items.length, ")", this);
    }

    @Override
    public boolean isTrue() {
        return items.length != 0;
    }

    @Override
    public int len() {
        return items.length;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice slice) {
            long[] r = slice.indices(items.length);
            PyObject[] out = new PyObject[(int) r[3]];
            for (int k = 0, i = (int) r[0]; k < out.length; k++, i += (int) r[2]) {
                out[k] = items[i];
            }
            return wrap(out);
        }
        long i = Ops.index(key, "tuple indices must be integers or slices, not " + key.type().name()).longValue();
        if (i < 0) {
            i += items.length;
        }
        if (i < 0 || i >= items.length) {
            throw Errors.indexError("tuple index out of range");
        }
        return items[(int) i];
    }

    @Override
    public boolean contains(PyObject item) {
        for (PyObject x : items) {
            if (x == item || Ops.eq(x, item)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyObject iter() {
        return new PyIterator.OverArray(items, items.length, "tuple_iterator");
    }

    /** CPython 3.8+'s tuple hash (xxHash-based, Objects/tupleobject.c). */
    @Override
    public long hash() {
        final long prime1 = 0x9E3779B185EBCA87L;
        final long prime2 = 0xC2B2AE3D27D4EB4FL;
        final long prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        for (PyObject item : items) {
            long lane = item.hash();
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += items.length ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return other instanceof PyTuple t && Ops.sequenceEquals(items, items.length, t.items, t.items.length);
    }

    public static PyTuple concat(PyTuple a, PyTuple b) {
        PyObject[] out = Arrays.copyOf(a.items, a.items.length + b.items.length);
        System.arraycopy(b.items, 0, out, a.items.length, b.items.length);
        return wrap(out);
    }

    public PyTuple repeat(long times) {
        if (times <= 0 || items.length == 0) {
            return EMPTY;
        }
        PyObject[] out = new PyObject[Math.multiplyExact(items.length, Math.toIntExact(times))];
        for (int k = 0; k < times; k++) {
            System.arraycopy(items, 0, out, k * items.length, items.length);
        }
        return wrap(out);
    }
}
