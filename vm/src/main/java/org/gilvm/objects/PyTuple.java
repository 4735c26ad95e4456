package org.gilvm.objects;

import java.util.Arrays;
import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;

/** Python's tuple: an immutable array of references, one owned reference per item. */
public final class PyTuple extends PyObject {
    public static final PyType TYPE = new PyType("tuple", PyType.OBJECT, (t, a) -> {
        a.noKeywords().between(0, 1);
        return a.size() == 0 ? PyTuple.EMPTY : fromIterable(a.get(0));
    });
    private static final PyObject[] NO_ITEMS = new PyObject[0];
    public static final PyTuple EMPTY = new PyTuple(NO_ITEMS);

    /** Never changed once made, except emptied by {@link #releaseReferences}. */
    private PyObject[] items;

    /** Steals the references in {@code items}. */
    /** A collection stops tracking a tuple that holds only untracked objects, as CPython's untrack_tuples. */
    @Override
    protected int untrackPolicy() {
        return UNTRACK_ALWAYS;
    }

    private PyTuple(PyObject[] items) {
        this.items = items;
    }

    /**
     * A tuple over {@code items}, which it keeps as its storage. Steals the references: the caller
     * hands over one reference per element and must not change the array afterwards.
     */
    public static PyTuple wrap(PyObject[] items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    /** A new tuple of {@code items}, taking a new reference to each (the caller keeps its own). */
    public static PyTuple of(PyObject... items) {
        PyObject[] copy = items.clone();
        PyList.increfEach(copy, copy.length);
        return wrap(copy);
    }

    /** {@code tuple(iterable)}: a new reference (a tuple is returned as itself). */
    public static PyTuple fromIterable(PyObject iterable) {
        if (iterable instanceof PyTuple t) {
            return RefCount.newRef(t);
        }
        if (iterable instanceof PyList l) {
            return wrap(l.ownedItems());
        }
        PyList collected = PyList.fromIterable(iterable);
        PyTuple result = wrap(collected.takeItems());
        RefCount.decref(collected);
        return result;
    }

    public int size() {
        return items.length;
    }

    /** Item {@code i}, BORROWED: the tuple keeps the reference; incref it to keep it. */
    public PyObject get(int i) {
        return items[i];
    }

    /**
     * The backing array, BORROWED and read-only by contract: its references belong to the tuple and
     * are valid only while the tuple lives (incref what you keep).
     */
    public PyObject[] items() {
        return items;
    }

    @Override
    /** Last to first, as CPython's tupletraverse: the cycle collector's order depends on it. */
    public void traverse(RefVisitor v) {
        for (int i = items.length - 1; i >= 0; i--) {
            v.visit(items[i]);
        }
    }

    /** Items go last to first, as CPython's tupledealloc; the tuple reads as {@code ()} afterwards. */
    @Override
    protected void releaseReferences() {
        PyObject[] old = items;
        items = NO_ITEMS;
        PyList.decrefLastToFirst(old, old.length);
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

    /** {@code self[key]}: a new reference to the item, or a new tuple for a slice. */
    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice slice) {
            long[] r = slice.indices(items.length);
            PyObject[] out = new PyObject[(int) r[3]];
            for (int k = 0, i = (int) r[0]; k < out.length; k++, i += (int) r[2]) {
                out[k] = RefCount.newRef(items[i]);
            }
            return wrap(out);
        }
        long i = Ops.index(key, "tuple indices must be integers or slices, not ", "").longValue();
        if (i < 0) {
            i += items.length;
        }
        if (i < 0 || i >= items.length) {
            throw Errors.indexError("tuple index out of range");
        }
        return RefCount.newRef(items[(int) i]);
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

    /** A new iterator, which holds a reference to this tuple. */
    @Override
    public PyObject iter() {
        return new PyIterator.OverArray(this, items, items.length, "tuple_iterator");
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

    /** {@code a + b}: a new tuple holding a new reference to each item. */
    public static PyTuple concat(PyTuple a, PyTuple b) {
        PyObject[] out = Arrays.copyOf(a.items, a.items.length + b.items.length);
        System.arraycopy(b.items, 0, out, a.items.length, b.items.length);
        PyList.increfEach(out, out.length);
        return wrap(out);
    }

    /** {@code self * times}: a new tuple holding a new reference per occurrence of each item. */
    public PyTuple repeat(long times) {
        if (times <= 0 || items.length == 0) {
            return EMPTY;
        }
        PyObject[] out = new PyObject[Math.multiplyExact(items.length, Math.toIntExact(times))];
        for (int k = 0; k < times; k++) {
            System.arraycopy(items, 0, out, k * items.length, items.length);
        }
        PyList.increfEach(out, out.length);
        return wrap(out);
    }
}
