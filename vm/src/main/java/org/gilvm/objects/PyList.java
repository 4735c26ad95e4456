package org.gilvm.objects;

import java.util.Arrays;
import org.gilvm.heap.Pinned;
import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;

/**
 * Python's list: a growable array of references. The list owns one reference to each item in
 * {@code items[0 .. size)}; the slots past {@code size} are null.
 *
 * <p>Without the GIL, {@code items} and {@code size} are read and changed only inside the list's
 * {@link CriticalSection}; {@code size} alone may be read without it (len, truth), as CPython reads
 * {@code ob_size}. Items dropped by a change are decref'd after the section.
 */
public final class PyList extends LockableObject {
    public static final PyType TYPE = new PyType("list", PyType.OBJECT, (t, a) -> {
        a.noKeywords().between(0, 1);
        return a.size() == 0 ? new PyList() : fromIterable(a.get(0));
    });

    private static final PyObject[] NO_ITEMS = new PyObject[0];

    private PyObject[] items;
    private int size;

    public PyList() {
        this.items = new PyObject[4];
    }

    /** Steals the references in {@code items[0 .. size)}. */
    private PyList(PyObject[] items, int size) {
        this.items = items;
        this.size = size;
    }

    /**
     * A list over {@code items}, which it keeps as its storage. Steals the references: the caller
     * hands over one reference per element and must not touch the array afterwards.
     */
    public static PyList wrap(PyObject[] items) {
        return new PyList(items, items.length);
    }

    /** {@code list(iterable)}: a new list holding a new reference to each item. */
    public static PyList fromIterable(PyObject iterable) {
        if (iterable instanceof PyList l) {
            return wrap(l.ownedItems());
        }
        if (iterable instanceof PyTuple t) {
            PyObject[] copy = t.items().clone();
            increfEach(copy, copy.length);
            return wrap(copy);
        }
        PyObject it = iterable.iter();
        PyList out = new PyList();
        boolean done = false;
        try (Pinned pins = Pinned.of(it, out)) {
            for (PyObject x = it.next(); x != null; x = it.next()) {
                out.appendStolen(x);
            }
            done = true;
        } finally {
            RefCount.decref(it);
            if (!done) {
                RefCount.decref(out);
            }
        }
        return out;
    }

    /** {@code list.copy()}: a new list holding a new reference to each item. */
    public PyList copy() {
        return fromIterable(this);
    }

    public int size() {
        return size;
    }

    /**
     * Item {@code i}, BORROWED: the list keeps the reference; incref it to keep it. Without the GIL
     * the caller must hold the list's section (or be its only user), or the list may shrink first.
     */
    public PyObject get(int i) {
        return items[i];
    }

    /**
     * A copy of the items, BORROWED: the array is new but its references still belong to the list,
     * so they are valid only while the list holds them (incref what you keep).
     */
    public PyObject[] toArray() {
        try (CriticalSection cs = CriticalSection.enter(this)) {
            return Arrays.copyOf(items, size);
        }
    }

    /**
     * The items with a new reference to each (the caller owns them) if there are exactly {@code n},
     * else null: one step, so that with the GIL off another thread cannot change the list between
     * the check and the copy ({@code a, b = shared_list}).
     */
    public PyObject[] ownedItemsIfSize(int n) {
        try (CriticalSection cs = CriticalSection.enter(this)) {
            if (size != n) {
                return null;
            }
            PyObject[] copy = Arrays.copyOf(items, size);
            increfEach(copy, copy.length);
            return copy;
        }
    }

    /** A copy of the items holding a new reference to each, which the caller owns. */
    PyObject[] ownedItems() {
        try (CriticalSection cs = CriticalSection.enter(this)) {
            PyObject[] copy = Arrays.copyOf(items, size);
            increfEach(copy, copy.length);
            return copy;
        }
    }

    /**
     * A new reference to item {@code i}, or null when {@code i} is past the end: read in one step,
     * for a reader that does not hold the section (the list may shrink meanwhile).
     */
    PyObject itemOrNull(int i) {
        try (CriticalSection cs = CriticalSection.enter(this)) {
            return i >= 0 && i < size ? RefCount.newRef(items[i]) : null;
        }
    }

    /**
     * Empties the list and hands its items over: the caller owns one reference per element of the
     * returned array (exactly {@code size} long). For lists the caller made and alone holds.
     */
    PyObject[] takeItems() {
        PyObject[] out = size == items.length ? items : Arrays.copyOf(items, size);
        items = NO_ITEMS;
        size = 0;
        return out;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The items' reprs run with the list locked, as CPython's list_repr holds its critical section. */
    @Override
    public String repr() {
        try (CriticalSection cs = CriticalSection.enter(this)) {
            return Ops.joinReprs("[", items, size, "]", this);
        }
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
        if (!(other instanceof PyList l)) {
            return false;
        }
        try (CriticalSection cs = CriticalSection.enter(this, l)) {
            return Ops.sequenceEquals(items, size, l.items, l.size);
        }
    }

    // ---------------------------------------------------------------- ownership

    @Override
    /** Last to first, as CPython's list_traverse: the cycle collector's order depends on it. */
    public void traverse(RefVisitor v) {
        for (int i = size - 1; i >= 0; i--) {
            v.visit(items[i]);
        }
    }

    /** Items go last to first, as CPython's list_dealloc and list_clear. */
    @Override
    protected void releaseReferences() {
        clear();
    }

    static void increfEach(PyObject[] a, int n) {
        for (int i = 0; i < n; i++) {
            RefCount.incref(a[i]);
        }
    }

    /** Decrefs {@code a[0 .. n)} last to first: CPython's order for list and tuple items. */
    static void decrefLastToFirst(PyObject[] a, int n) {
        RefCount.releaseLastToFirst(a, n);
    }

    // ---------------------------------------------------------------- mutation

    /** Appends {@code x}, taking a new reference to it. */
    public void append(PyObject x) {
        RefCount.incref(x);
        try (CriticalSection cs = CriticalSection.enter(this)) {
            appendStolen(x);
        }
    }

    /**
     * Appends a reference the caller hands over (such as an item just returned by {@code next()}),
     * to a list the caller holds the section of or made itself.
     */
    private void appendStolen(PyObject x) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2 + 4);
        }
        items[size++] = x;
    }

    public void extend(PyObject iterable) {
        if (iterable instanceof PyList l) {
            // Both locked in order: l.extend(m) and m.extend(l) in two threads cannot deadlock.
            try (CriticalSection cs = CriticalSection.enter(this, l)) {
                // A copy first, so l.extend(l) reads the items as they were.
                appendOwned(l.ownedItems());
            }
            return;
        }
        PyObject[] more;
        if (iterable instanceof PyTuple t) {
            more = t.items();
            increfEach(more, more.length);
        } else {
            // Collected before anything is appended, so an iterator over this list still ends; and
            // without the list's lock (the method call holds it), since the iterable runs Python code.
            try (CriticalSection.Released r = CriticalSection.release(this)) {
                PyList collected = fromIterable(iterable);
                more = collected.takeItems();
                RefCount.decref(collected);
            }
        }
        try (CriticalSection cs = CriticalSection.enter(this)) {
            appendOwned(more);
        }
    }

    /** Appends the references in {@code more}, which the list takes over. */
    private void appendOwned(PyObject[] more) {
        ensure(size + more.length);
        System.arraycopy(more, 0, items, size, more.length);
        size += more.length;
    }

    private void ensure(int capacity) {
        if (capacity > items.length) {
            items = Arrays.copyOf(items, Math.max(capacity, items.length * 2));
        }
    }

    /** Inserts {@code x}, taking a new reference to it. */
    public void insert(long index, PyObject x) {
        try (CriticalSection cs = CriticalSection.enter(this)) {
            int i = (int) Math.min(index < 0 ? Math.max(0, index + size) : index, size);
            ensure(size + 1);
            System.arraycopy(items, i, items, i + 1, size - i);
            items[i] = RefCount.newRef(x);
            size++;
        }
    }

    /** Removes and returns item {@code index}, handing the list's reference to the caller. */
    public PyObject pop(long index) {
        try (CriticalSection cs = CriticalSection.enter(this)) {
            if (size == 0) {
                throw Errors.indexError("pop from empty list");
            }
            return removeAt(checkIndex(index, "pop index out of range"));
        }
    }

    /** Closes the gap left by item {@code i} and returns it; the caller owns the list's reference. */
    private PyObject removeAt(int i) {
        PyObject x = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return x;
    }

    /** The first index of {@code x} in {@code [from, to)}, or -1; {@code __eq__} runs with the list locked. */
    public int indexOf(PyObject x, int from, int to) {
        try (CriticalSection cs = CriticalSection.enter(this)) {
            // size and items are read again after each __eq__, which may change the list.
            for (int i = Math.max(0, from); i < Math.min(size, to); i++) {
                if (items[i] == x || Ops.eq(items[i], x)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Empties the list first, then drops the items last to first: a {@code __del__} sees it empty. */
    public void clear() {
        PyObject[] old;
        int n;
        try (CriticalSection cs = CriticalSection.enter(this)) {
            old = items;
            n = size;
            items = NO_ITEMS;
            size = 0;
        }
        decrefLastToFirst(old, n);
    }

    public void reverse() {
        try (CriticalSection cs = CriticalSection.enter(this)) {
            for (int i = 0, j = size - 1; i < j; i++, j--) {
                PyObject t = items[i];
                items[i] = items[j];
                items[j] = t;
            }
        }
    }

    /**
     * {@code list.sort(key=..., reverse=...)}: stable, with Python's {@code <} on the items or on
     * their keys (computed once each, in order; key may be null). The list reads as empty while
     * sorting, as in CPython; if a key or a comparison raises, the list gets its items back unsorted
     * if the keys were not all made, sorted as far as they got otherwise.
     */
    public void sort(PyObject key, boolean reverse) {
        // The references move to the work array while the list reads as empty.
        PyObject[] work;
        try (CriticalSection cs = CriticalSection.enter(this)) {
            work = Arrays.copyOf(items, size);
            items = NO_ITEMS;
            size = 0;
        }
        int n = work.length;
        PyObject[] keys = work;
        // The items (and keys) are held only here while key functions and __lt__ run: pinned. They
        // run without the list's lock (the method call holds it): the list reads as empty meanwhile.
        try (CriticalSection.Released r = CriticalSection.release(this); Pinned pins = Pinned.of()) {
            pins.addAll(work, n);
            if (key != null) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Call.positional(key, work[i]);
                    pins.add(keys[i]);
                }
            }
            sortBy(keys, work, n, reverse);
        } finally {
            if (keys != work) {
                RefCount.releaseInOrder(keys, n);
            }
            // Anything stored into the list meanwhile is dropped: store the sorted items first,
            // then decref what was there.
            PyObject[] meanwhile;
            int added;
            try (CriticalSection cs = CriticalSection.enter(this)) {
                meanwhile = items;
                added = size;
                items = work;
                size = n;
            }
            decrefLastToFirst(meanwhile, added);
        }
    }

    /** Sorts {@code items} by {@code keys} (the same array when there is no key function), stably. */
    private static void sortBy(PyObject[] keys, PyObject[] items, int n, boolean reverse) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = reverse ? n - 1 - i : i;
        }
        Arrays.sort(order, (a, b) -> Ops.lessThan(keys[a], keys[b]) ? -1 : Ops.lessThan(keys[b], keys[a]) ? 1 : 0);
        if (reverse) {
            reverseRange(order, n);
        }
        PyObject[] sortedItems = new PyObject[n];
        PyObject[] sortedKeys = keys == items ? sortedItems : new PyObject[n];
        for (int i = 0; i < n; i++) {
            sortedItems[i] = items[order[i]];
            if (keys != items) {
                sortedKeys[i] = keys[order[i]];
            }
        }
        System.arraycopy(sortedItems, 0, items, 0, n);
        if (keys != items) {
            System.arraycopy(sortedKeys, 0, keys, 0, n);
        }
    }

    private static <T> void reverseRange(T[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            T t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    // ---------------------------------------------------------------- subscripts

    /** {@code self[key]}: a new reference to the item, or a new list for a slice. */
    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice slice) {
            try (CriticalSection cs = CriticalSection.enter(this)) {
                long[] r = slice.indices(size);
                PyObject[] out = new PyObject[(int) r[3]];
                for (int k = 0, i = (int) r[0]; k < out.length; k++, i += (int) r[2]) {
                    out[k] = RefCount.newRef(items[i]);
                }
                return wrap(out);
            }
        }
        long i = subscript(key);
        try (CriticalSection cs = CriticalSection.enter(this)) {
            return RefCount.newRef(items[checkIndex(i, "list index out of range")]);
        }
    }

    /** The index a subscript names (converted before the section: {@code __index__} is Python code). */
    private static long subscript(PyObject key) {
        return Ops.index(key, "list indices must be integers or slices, not ", "").longValue();
    }

    /** {@code i} (negative counts from the end) as an index into the list now; call inside the section. */
    private int checkIndex(long i, String outOfRange) {
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Errors.indexError(outOfRange);
        }
        return (int) i;
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (key instanceof PySlice slice) {
            setSlice(slice, value);
            return;
        }
        long i = subscript(key);
        PyObject old;
        try (CriticalSection cs = CriticalSection.enter(this)) {
            int at = checkIndex(i, "list assignment index out of range");
            old = items[at];
            items[at] = RefCount.newRef(value);
        }
        // Store first, then decref: the old item's __del__ may look at the list.
        RefCount.decref(old);
    }

    private void setSlice(PySlice slice, PyObject value) {
        PyObject[] replacement = ownedItemsOf(value);
        PyObject[] removed;
        boolean contiguous;
        try (CriticalSection cs = CriticalSection.enter(this)) {
            long[] r = slice.indices(size);
            int start = (int) r[0];
            int step = (int) r[2];
            int count = (int) r[3];
            contiguous = step == 1;
            if (contiguous) {
                int tail = size - start - count;
                PyObject[] out = new PyObject[Math.max(4, start + replacement.length + tail)];
                System.arraycopy(items, 0, out, 0, start);
                System.arraycopy(replacement, 0, out, start, replacement.length);
                System.arraycopy(items, start + count, out, start + replacement.length, tail);
                removed = Arrays.copyOfRange(items, start, start + count);
                items = out;
                size = start + replacement.length + tail;
            } else {
                if (replacement.length != count) {
                    throw Errors.valueError("attempt to assign sequence of size " + replacement.length
                            + " to extended slice of size " + count);
                }
                removed = new PyObject[count];
                for (int k = 0, i = start; k < count; k++, i += step) {
                    removed[k] = items[i];
                    items[i] = replacement[k];
                }
            }
        } catch (RuntimeException e) {
            decrefLastToFirst(replacement, replacement.length);
            throw e;
        }
        dropRemoved(removed, contiguous);
    }

    /**
     * Drops what a slice assignment or deletion took out: last to first for a contiguous slice, as
     * CPython's list_ass_slice; in slice order for an extended one, as its list_ass_subscript.
     */
    private static void dropRemoved(PyObject[] removed, boolean contiguous) {
        if (contiguous) {
            decrefLastToFirst(removed, removed.length);
        } else {
            for (PyObject x : removed) {
                RefCount.decref(x);
            }
        }
    }

    /** The items of the value assigned to a slice, one new reference each. */
    private PyObject[] ownedItemsOf(PyObject value) {
        if (value == this) {
            return ownedItems();
        }
        if (!(value instanceof PyList || value instanceof PyTuple || isIterable(value))) {
            throw Errors.typeError("must assign iterable to extended slice");
        }
        PyList collected = fromIterable(value);
        PyObject[] owned = collected.takeItems();
        RefCount.decref(collected);
        return owned;
    }

    private static boolean isIterable(PyObject o) {
        try {
            RefCount.decref(o.iter());
            return true;
        } catch (org.gilvm.interp.PyException e) {
            if (e.isInstance(PyExceptionTypes.TYPE_ERROR)) {
                e.discard();
                throw Errors.typeError("can only assign an iterable");
            }
            throw e;
        }
    }

    @Override
    public void delItem(PyObject key) {
        if (key instanceof PySlice slice) {
            deleteSlice(slice);
            return;
        }
        long i = subscript(key);
        PyObject removed;
        try (CriticalSection cs = CriticalSection.enter(this)) {
            removed = removeAt(checkIndex(i, "list index out of range"));
        }
        RefCount.decref(removed);
    }

    private void deleteSlice(PySlice slice) {
        PyObject[] removed;
        boolean contiguous;
        try (CriticalSection cs = CriticalSection.enter(this)) {
            long[] r = slice.indices(size);
            int start = (int) r[0];
            int step = (int) r[2];
            int count = (int) r[3];
            if (count == 0) {
                return;
            }
            contiguous = step == 1;
            if (step < 0) {
                start = start + step * (count - 1);
                step = -step;
            }
            PyObject[] out = new PyObject[Math.max(4, size - count)];
            removed = new PyObject[count];
            int w = 0;
            int next = start;
            int nremoved = 0;
            for (int i = 0; i < size; i++) {
                if (nremoved < count && i == next) {
                    removed[nremoved++] = items[i];
                    next += step;
                } else {
                    out[w++] = items[i];
                }
            }
            items = out;
            size = w;
        }
        dropRemoved(removed, contiguous);
    }

    @Override
    public boolean contains(PyObject item) {
        return indexOf(item, 0, Integer.MAX_VALUE) >= 0;
    }

    /** A new iterator, which holds a reference to this list. */
    @Override
    public PyObject iter() {
        return new PyIterator.OverList(this);
    }

    // ---------------------------------------------------------------- new lists

    /** {@code a + b}: a new list holding a new reference to each item. */
    public static PyList concat(PyList a, PyList b) {
        try (CriticalSection cs = CriticalSection.enter(a, b)) {
            PyObject[] out = Arrays.copyOf(a.items, Math.max(4, a.size + b.size));
            System.arraycopy(b.items, 0, out, a.size, b.size);
            increfEach(out, a.size + b.size);
            return new PyList(out, a.size + b.size);
        }
    }

    /** {@code self * times}: a new list holding a new reference per occurrence of each item. */
    public PyList repeat(long times) {
        try (CriticalSection cs = CriticalSection.enter(this)) {
            if (times <= 0 || size == 0) {
                return new PyList();
            }
            PyObject[] out = new PyObject[Math.multiplyExact(size, Math.toIntExact(times))];
            for (int k = 0; k < times; k++) {
                System.arraycopy(items, 0, out, k * size, size);
            }
            increfEach(out, out.length);
            return wrap(out);
        }
    }
}
