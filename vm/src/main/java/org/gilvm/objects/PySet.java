package org.gilvm.objects;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.gilvm.heap.Pinned;
import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;

/**
 * Python's set, with CPython's own hash table (Objects/setobject.c): open addressing, a run of up to
 * nine linear probes, then perturbed jumps; growth at 60% fill. Keeping the same table keeps the
 * same iteration order, which a program can print: {@code print({3, 1, 2})} shows {@code {1, 2, 3}}.
 *
 * <p>The set owns one reference to each member (each active slot of {@code keys}).
 *
 * <p>Without the GIL, the table is read and changed only inside the set's {@link CriticalSection}
 * ({@code used} alone may be read without it). A key is hashed before the section; {@code __eq__}
 * runs inside it, while the table is searched. Members a change drops are decref'd after it.
 */
public final class PySet extends LockableObject {
    public static final PyType TYPE = new PyType("set", PyType.OBJECT, (t, a) -> {
        a.noKeywords().between(0, 1);
        PySet s = new PySet();
        // Hashing a member can run __hash__ and __eq__: the new set is held only here meanwhile.
        try (Pinned pins = Pinned.of(s)) {
            if (a.size() == 1) {
                s.update(a.get(0));
            }
        } catch (RuntimeException e) {
            RefCount.decref(s);
            throw e;
        }
        return s;
    });

    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a deleted slot, as CPython's {@code dummy}; not a member, so never counted. */
    private static final PyObject DUMMY = immortal(new PyInstance(PyType.OBJECT));

    private PyObject[] keys = new PyObject[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int mask = MIN_SIZE - 1;
    /** Active plus dummy slots. */
    private int fill;
    /** Active slots. */
    private int used;
    /** Where {@link #pop()} looks next, as CPython's {@code finger}. */
    private int finger;

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return used;
    }

    private boolean isActive(int i) {
        return keys[i] != null && keys[i] != DUMMY;
    }

    private static PyObject immortal(PyObject o) {
        o.makeImmortal();
        return o;
    }

    /** Adds {@code key}, taking a new reference to it if it was not a member; true if added. */
    public boolean add(PyObject key) {
        long hash = key.hash();
        try (CriticalSection cs = CriticalSection.enter(this)) {
            boolean added = insert(key, hash);
            if (added) {
                // Nothing runs between storing and this incref, so the slot is never seen uncounted.
                RefCount.incref(key);
            }
            return added;
        }
    }

    /** {@code add} for a reference the caller hands over: stored as is, or dropped if already a member. */
    private void addStolen(PyObject key) {
        boolean added = false;
        try {
            long hash = key.hash();
            try (CriticalSection cs = CriticalSection.enter(this)) {
                added = insert(key, hash);
            }
        } finally {
            if (!added) {
                RefCount.decref(key);
            }
        }
    }

    /** Stores {@code key} without counting it, unless an equal member is present; true if stored. */
    private boolean insert(PyObject key, long hash) {
        int freeSlot = -1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                if (keys[j] == null) {
                    int slot = freeSlot >= 0 ? freeSlot : j;
                    if (freeSlot < 0) {
                        fill++;
                    }
                    keys[slot] = key;
                    hashes[slot] = hash;
                    used++;
                    if (freeSlot < 0 && (long) fill * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return true;
                }
                if (hashes[j] == hash && isActive(j) && (keys[j] == key || Ops.eq(keys[j], key))) {
                    return false;
                }
                if (keys[j] == DUMMY && freeSlot < 0) {
                    freeSlot = j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private int find(PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                if (keys[j] == null) {
                    return -1;
                }
                if (hashes[j] == hash && isActive(j) && (keys[j] == key || Ops.eq(keys[j], key))) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resize(int minUsed) {
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[newSize];
        hashes = new long[newSize];
        mask = newSize - 1;
        fill = used;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != null && oldKeys[k] != DUMMY) {
                insertClean(oldKeys[k], oldHashes[k]);
            }
        }
    }

    private void insertClean(PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Removes {@code key} if a member, dropping the set's reference to the stored member. */
    public boolean discard(PyObject key) {
        long hash = key.hash();
        PyObject member;
        try (CriticalSection cs = CriticalSection.enter(this)) {
            int i = find(key, hash);
            if (i < 0) {
                return false;
            }
            member = takeSlot(i);
        }
        // Empty the slot first, then decref: the member's __del__ may look at the set.
        RefCount.decref(member);
        return true;
    }

    /** Marks slot {@code i} deleted and returns its member, whose reference the caller now owns. */
    private PyObject takeSlot(int i) {
        PyObject key = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        return key;
    }

    /** Removes and returns an arbitrary member, handing the set's reference to the caller. */
    public PyObject pop() {
        try (CriticalSection cs = CriticalSection.enter(this)) {
            if (used == 0) {
                throw Errors.raise(PyExceptionTypes.KEY_ERROR, "pop from an empty set");
            }
            int i = finger & mask;
            while (!isActive(i)) {
                i = (i + 1) & mask;
            }
            finger = i + 1;
            return takeSlot(i);
        }
    }

    /**
     * {@code set.clear()}, also deallocation: empties the set first, then drops the members in table
     * order, as CPython's set_clear_internal and set_dealloc.
     */
    public void clear() {
        PyObject[] old;
        try (CriticalSection cs = CriticalSection.enter(this)) {
            old = keys;
            keys = new PyObject[MIN_SIZE];
            hashes = new long[MIN_SIZE];
            mask = MIN_SIZE - 1;
            fill = 0;
            used = 0;
        }
        for (int i = 0; i < old.length; i++) {
            if (old[i] == DUMMY) {
                old[i] = null;
            }
        }
        RefCount.releaseInOrder(old, old.length);
    }

    @Override
    public void traverse(RefVisitor v) {
        for (int i = 0; i <= mask; i++) {
            if (isActive(i)) {
                v.visit(keys[i]);
            }
        }
    }

    @Override
    protected void releaseReferences() {
        clear();
    }

    public void update(PyObject iterable) {
        if (iterable instanceof PySet other) {
            // Both locked in order: s.update(t) and t.update(s) in two threads cannot deadlock.
            try (CriticalSection cs = CriticalSection.enter(this, other)) {
                if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
                    resize((used + other.used) * 2);
                }
                for (PyObject k : other.snapshot()) {
                    add(k);
                }
            }
            return;
        }
        PyObject it = iterable.iter();
        try (Pinned pins = Pinned.of(it, null)) {
            for (PyObject x = it.next(); x != null; x = it.next()) {
                pins.set(1, x); // hashing it can run __hash__ (and an audit)
                addStolen(x);
                pins.set(1, null);
            }
        } finally {
            RefCount.decref(it);
        }
    }

    /** The members in table order, BORROWED: the set keeps the references (incref what you keep). */
    public List<PyObject> snapshot() {
        try (CriticalSection cs = CriticalSection.enter(this)) {
            List<PyObject> out = new ArrayList<>(used);
            for (int i = 0; i <= mask; i++) {
                if (isActive(i)) {
                    out.add(keys[i]);
                }
            }
            return out;
        }
    }

    /** A new set holding a new reference to each member. */
    public PySet copy() {
        PySet s = new PySet();
        s.update(this);
        return s;
    }

    @Override
    public String repr() {
        if (used == 0) {
            return "set()";
        }
        if (!Ops.enterRepr(this)) {
            return "set(...)";
        }
        // The members' reprs run with the set locked, as CPython's set_repr holds its critical section.
        try (CriticalSection cs = CriticalSection.enter(this)) {
            PyObject[] items = snapshot().toArray(new PyObject[0]);
            return Ops.joinReprs("{", items, items.length, "}", null);
        } finally {
            Ops.leaveRepr(this);
        }
    }

    @Override
    public boolean isTrue() {
        return used != 0;
    }

    @Override
    public int len() {
        return used;
    }

    @Override
    public long hash() {
        throw Errors.unhashable(this);
    }

    @Override
    public boolean contains(PyObject item) {
        long hash = item.hash();
        try (CriticalSection cs = CriticalSection.enter(this)) {
            return find(item, hash) >= 0;
        }
    }

    @Override
    public boolean pyEquals(PyObject other) {
        if (!(other instanceof PySet s)) {
            return false;
        }
        try (CriticalSection cs = CriticalSection.enter(this, s)) {
            return s.used == used && isSubsetOf(s);
        }
    }

    public boolean isSubsetOf(PySet other) {
        try (CriticalSection cs = CriticalSection.enter(this, other)) {
            for (PyObject k : snapshot()) {
                if (!other.contains(k)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A new iterator, which holds a reference to this set and reads the live table, as CPython's
     * set iterator does (a copy of the members would hold borrowed references that a change of the
     * set during the loop could free).
     */
    @Override
    public PyObject iter() {
        return new PyIterator.OverCollection(this, new TableIterator(), true);
    }

    /** Walks the active slots of the current table; the size check is done by the Python iterator. */
    private final class TableIterator implements Iterator<PyObject> {
        private int pos;

        @Override
        public boolean hasNext() {
            while (pos <= mask && !isActive(pos)) {
                pos++;
            }
            return pos <= mask;
        }

        @Override
        public PyObject next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return keys[pos++];
        }
    }

    // Set algebra, building results in CPython's order; each result holds new references.

    public static PySet union(PySet a, PySet b) {
        PySet r = a.copy();
        r.update(b);
        return r;
    }

    // The members of a snapshot are borrowed: the sets stay locked while they are hashed and compared.

    public static PySet intersection(PySet a, PySet b) {
        try (CriticalSection cs = CriticalSection.enter(a, b)) {
            PySet small = a.used <= b.used ? a : b;
            PySet big = small == a ? b : a;
            PySet r = new PySet();
            for (PyObject k : small.snapshot()) {
                if (big.contains(k)) {
                    r.add(k);
                }
            }
            return r;
        }
    }

    public static PySet difference(PySet a, PySet b) {
        try (CriticalSection cs = CriticalSection.enter(a, b)) {
            PySet r = new PySet();
            for (PyObject k : a.snapshot()) {
                if (!b.contains(k)) {
                    r.add(k);
                }
            }
            return r;
        }
    }

    public static PySet symmetricDifference(PySet a, PySet b) {
        PySet r = b.copy();
        try (CriticalSection cs = CriticalSection.enter(a)) {
            for (PyObject k : a.snapshot()) {
                if (!r.discard(k)) {
                    r.add(k);
                }
            }
        }
        return r;
    }
}
