package org.gilvm.objects;

import java.util.Arrays;

/** Python's list: a growable array of references. */
public final class PyList extends PyObject {
    public static final PyType TYPE = new PyType("list", PyType.OBJECT, (t, a) -> {
        a.noKeywords().between(0, 1);
        return a.size() == 0 ? new PyList() : fromIterable(a.get(0));
    });

    private PyObject[] items;
    private int size;

    public PyList() {
        this.items = new PyObject[4];
    }

    private PyList(PyObject[] items, int size) {
        this.items = items;
        this.size = size;
    }

    /** Takes ownership of {@code items}. */
    public static PyList wrap(PyObject[] items) {
        return new PyList(items, items.length);
    }

    public static PyList fromIterable(PyObject iterable) {
        if (iterable instanceof PyList l) {
            return new PyList(Arrays.copyOf(l.items, Math.max(l.size, 4)), l.size);
        }
        if (iterable instanceof PyTuple t) {
            return wrap(t.items().clone());
        }
        PyList out = new PyList();
        PyObject it = iterable.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            out.append(x);
        }
        return out;
    }

    public int size() {
        return size;
    }

    public PyObject get(int i) {
        return items[i];
    }

    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return Ops.joinReprs("[", items, size, "]", this);
    }

    @Override
    public boolean isTrue() {
        return size != 0;
    }

    @Override
    public int len() {
        return size;
    }

    @Override
    public long hash() {
        throw Errors.unhashable(this);
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return other instanceof PyList l && Ops.sequenceEquals(items, size, l.items, l.size);
    }

    public void append(PyObject x) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2 + 4);
        }
        items[size++] = x;
    }

    public void extend(PyObject iterable) {
        PyObject[] more = iterable instanceof PyList l ? l.toArray()
                : iterable instanceof PyTuple t ? t.items() : fromIterable(iterable).toArray();
        ensure(size + more.length);
        System.arraycopy(more, 0, items, size, more.length);
        size += more.length;
    }

    private void ensure(int capacity) {
        if (capacity > items.length) {
            items = Arrays.copyOf(items, Math.max(capacity, items.length * 2));
        }
    }

    public void insert(long index, PyObject x) {
        if (index < 0) {
            index = Math.max(0, index + size);
        }
        int i = (int) Math.min(index, size);
        ensure(size + 1);
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = x;
        size++;
    }

    public PyObject pop(long index) {
        if (size == 0) {
            throw Errors.indexError("pop from empty list");
        }
        if (index < 0) {
            index += size;
        }
        if (index < 0 || index >= size) {
            throw Errors.indexError("pop index out of range");
        }
        int i = (int) index;
        PyObject x = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return x;
    }

    public int indexOf(PyObject x, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(size, to); i++) {
            if (items[i] == x || Ops.eq(items[i], x)) {
                return i;
            }
        }
        return -1;
    }

    public void clear() {
        Arrays.fill(items, 0, size, null);
        size = 0;
    }

    public void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            PyObject t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    }

    /** A stable sort with Python's {@code <}; the list reads as empty while sorting, as in CPython. */
    public void sort(boolean reverse) {
        PyObject[] work = Arrays.copyOf(items, size);
        int n = size;
        clear();
        if (reverse) {
            reverseRange(work, n);
        }
        try {
            Arrays.sort(work, 0, n, (a, b) -> Ops.lessThan(a, b) ? -1 : Ops.lessThan(b, a) ? 1 : 0);
        } finally {
            if (reverse) {
                reverseRange(work, n);
            }
            ensure(n);
            System.arraycopy(work, 0, items, 0, n);
            size = n;
        }
    }

    private static void reverseRange(PyObject[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice slice) {
            long[] r = slice.indices(size);
            PyObject[] out = new PyObject[(int) r[3]];
            for (int k = 0, i = (int) r[0]; k < out.length; k++, i += (int) r[2]) {
                out[k] = items[i];
            }
            return wrap(out);
        }
        return items[checkIndex(key)];
    }

    private int checkIndex(PyObject key) {
        long i = Ops.index(key, "list indices must be integers or slices, not " + key.type().name()).longValue();
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Errors.indexError("list index out of range");
        }
        return (int) i;
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (key instanceof PySlice slice) {
            setSlice(slice, value);
            return;
        }
        long i = Ops.index(key, "list indices must be integers or slices, not " + key.type().name()).longValue();
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Errors.indexError("list assignment index out of range");
        }
        items[(int) i] = value;
    }

    private void setSlice(PySlice slice, PyObject value) {
        PyObject[] replacement = value == this ? toArray()
                : value instanceof PyList || value instanceof PyTuple || isIterable(value)
                ? fromIterable(value).toArray() : null;
        if (replacement == null) {
            throw Errors.typeError("must assign iterable to extended slice");
        }
        long[] r = slice.indices(size);
        int start = (int) r[0];
        int step = (int) r[2];
        int count = (int) r[3];
        if (step == 1) {
            int tail = size - start - count;
            PyObject[] out = new PyObject[Math.max(4, start + replacement.length + tail)];
            System.arraycopy(items, 0, out, 0, start);
            System.arraycopy(replacement, 0, out, start, replacement.length);
            System.arraycopy(items, start + count, out, start + replacement.length, tail);
            items = out;
            size = start + replacement.length + tail;
            return;
        }
        if (replacement.length != count) {
            throw Errors.valueError("attempt to assign sequence of size " + replacement.length
                    + " to extended slice of size " + count);
        }
        for (int k = 0, i = start; k < count; k++, i += step) {
            items[i] = replacement[k];
        }
    }

    private static boolean isIterable(PyObject o) {
        try {
            o.iter();
            return true;
        } catch (org.gilvm.interp.PyException e) {
            if (e.isInstance(PyExceptionTypes.TYPE_ERROR)) {
                throw Errors.typeError("can only assign an iterable");
            }
            throw e;
        }
    }

    @Override
    public void delItem(PyObject key) {
        if (key instanceof PySlice slice) {
            long[] r = slice.indices(size);
            int start = (int) r[0];
            int step = (int) r[2];
            int count = (int) r[3];
            if (count == 0) {
                return;
            }
            if (step < 0) {
                start = start + step * (count - 1);
                step = -step;
            }
            PyObject[] out = new PyObject[Math.max(4, size - count)];
            int w = 0;
            int next = start;
            int removed = 0;
            for (int i = 0; i < size; i++) {
                if (removed < count && i == next) {
                    removed++;
                    next += step;
                } else {
                    out[w++] = items[i];
                }
            }
            items = out;
            size = w;
            return;
        }
        int i = checkIndex(key);
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
    }

    @Override
    public boolean contains(PyObject item) {
        return indexOf(item, 0, size) >= 0;
    }

    @Override
    public PyObject iter() {
        return new PyIterator.OverList(this);
    }

    public static PyList concat(PyList a, PyList b) {
        PyObject[] out = Arrays.copyOf(a.items, Math.max(4, a.size + b.size));
        System.arraycopy(b.items, 0, out, a.size, b.size);
        return new PyList(out, a.size + b.size);
    }

    public PyList repeat(long times) {
        if (times <= 0 || size == 0) {
            return new PyList();
        }
        PyObject[] out = new PyObject[Math.multiplyExact(size, Math.toIntExact(times))];
        for (int k = 0; k < times; k++) {
            System.arraycopy(items, 0, out, k * size, size);
        }
        return wrap(out);
    }
}
