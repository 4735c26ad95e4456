package org.gilvm.objects;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.gilvm.heap.Pinned;
import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;

/**
 * Python's dict. Insertion order is kept, as since Python 3.7; keys compare with Python equality
 * (see {@link PyObject#equals}), so hashing an unhashable key raises TypeError on the way in.
 *
 * <p>The dict owns one reference to each key and one to each value. The key it owns is the one
 * stored first: storing {@code d[k2] = v} when an equal {@code k1} is present keeps {@code k1}, as
 * CPython does. Each entry is a {@link Slot} so that removal can find (and decref) that stored key.
 *
 * <p>Without the GIL, {@code map} and the slots are read and changed only inside the dict's
 * {@link CriticalSection} (its size alone may be read without it); references a change drops are
 * decref'd after the section. Hashing and comparing keys ({@code __hash__}, {@code __eq__}) run
 * inside it, since the Java map calls them in the middle of its work.
 */
public final class PyDict extends LockableObject {
    public static final PyType TYPE = new PyType("dict", PyType.OBJECT, PyDict::construct);

    /** An entry: the stored key and its value, both owned by the dict; value null once removed. */
    private static final class Slot {
        final PyObject key;
        PyObject value;

        Slot(PyObject key, PyObject value) {
            this.key = key;
            this.value = value;
        }
    }

    private final LinkedHashMap<PyObject, Slot> map = new LinkedHashMap<>();

    /**
     * A new, empty dict is not tracked by the cycle collector: as in CPython, it joins the end of
     * the collector's list only when it first stores something that could be part of a cycle
     * ({@link #noteStored}), and a full collection drops it again while it holds only scalars. That
     * decides where it stands in the list, and so the order of {@code __del__} in a collection.
     */
    public PyDict() {
        untrackByCollector();
    }

    @Override
    protected int untrackPolicy() {
        return UNTRACK_IN_FULL;
    }

    /** CPython's MAINTAIN_TRACKING. */
    private void noteStored(PyObject key, PyObject value) {
        if (!isTrackedByCollector() && (mayBeTracked(key) || mayBeTracked(value))) {
            trackByCollector();
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * The entries as a read-only Java map, BORROWED: the keys (the stored ones) and values belong to
     * the dict. Every change through it throws UnsupportedOperationException, since it would bypass
     * the counts: use {@link #put}, {@link #remove}, {@link #popItem} and {@link #clear}. Each read
     * through it is one critical section; iterating it walks a copy of the entries made when the
     * iteration starts.
     */
    public Map<PyObject, PyObject> map() {
        return new MapView();
    }

    /** The value for {@code key}, or null; BORROWED: the dict keeps the reference. */
    public PyObject get(PyObject key) {
        try (CriticalSection cs = CriticalSection.enter(this)) {
            Slot s = map.get(key);
            return s == null ? null : s.value;
        }
    }

    /** A new reference to the value for {@code key}, or null: found and increfed in one step. */
    PyObject getNewRef(PyObject key) {
        try (CriticalSection cs = CriticalSection.enter(this)) {
            Slot s = map.get(key);
            return s == null ? null : RefCount.newRef(s.value);
        }
    }

    /** {@code self[key] = value}: takes a new reference to the value (and to the key, if new). */
    public void put(PyObject key, PyObject value) {
        PyObject old;
        try (CriticalSection cs = CriticalSection.enter(this)) {
            // One lookup, so the key is hashed once, as in CPython.
            Slot s = map.putIfAbsent(key, new Slot(key, value));
            noteStored(key, value);
            if (s == null) {
                RefCount.incref(key);
                RefCount.incref(value);
                return;
            }
            old = replaceValue(s, RefCount.newRef(value));
        }
        // Store first, then decref the old value: its __del__ may look at the dict.
        RefCount.decref(old);
    }

    /**
     * {@code put} for references the caller hands over (a key and value just made or returned by
     * {@code next()}): stored as they are; the key is dropped if an equal one is already stored.
     */
    private void putStolen(PyObject key, PyObject value) {
        PyObject old;
        try (CriticalSection cs = CriticalSection.enter(this)) {
            Slot s = map.putIfAbsent(key, new Slot(key, value));
            noteStored(key, value);
            if (s == null) {
                return;
            }
            old = replaceValue(s, value);
        }
        RefCount.decref(old);
        RefCount.decref(key);
    }

    /** Stores {@code owned} as the slot's value and returns the old one, for the caller to decref. */
    private static PyObject replaceValue(Slot s, PyObject owned) {
        PyObject old = s.value;
        s.value = owned;
        return old;
    }

    /**
     * Removes {@code key}; returns its value, whose reference (the dict's) the caller now owns, or
     * null if absent. The stored key is decref'd.
     */
    public PyObject remove(PyObject key) {
        Slot s;
        PyObject value;
        try (CriticalSection cs = CriticalSection.enter(this)) {
            s = map.remove(key);
            if (s == null) {
                return null;
            }
            value = takeValue(s);
        }
        RefCount.decref(s.key);
        return value;
    }

    /** Marks a removed slot dead (a copy of the entries may still see it) and returns its value. */
    private static PyObject takeValue(Slot s) {
        PyObject value = s.value;
        s.value = null;
        return value;
    }

    /**
     * {@code dict.popitem()}: removes the last entry and returns a new {@code (key, value)} tuple,
     * which takes over the dict's references.
     */
    public PyTuple popItem() {
        try (CriticalSection cs = CriticalSection.enter(this)) {
            if (map.isEmpty()) {
                throw Errors.raise(PyExceptionTypes.KEY_ERROR, "popitem(): dictionary is empty");
            }
            Slot last = null;
            for (Slot s : map.values()) {
                last = s;
            }
            map.remove(last.key);
            return PyTuple.wrap(new PyObject[] {last.key, takeValue(last)});
        }
    }

    /**
     * {@code dict.clear()}, also deallocation: empties the dict first, then drops each entry in
     * insertion order, key before value, as CPython's dict_dealloc.
     */
    public void clear() {
        Slot[] old;
        try (CriticalSection cs = CriticalSection.enter(this)) {
            if (map.isEmpty()) {
                return;
            }
            old = map.values().toArray(new Slot[0]);
            map.clear();
        }
        PyObject[] refs = new PyObject[old.length * 2];
        for (int i = 0; i < old.length; i++) {
            refs[2 * i + 1] = takeValue(old[i]);
            refs[2 * i] = old[i].key;
        }
        RefCount.releaseInOrder(refs, refs.length);
    }

    @Override
    /** In insertion order, value before key, as CPython's dict_traverse. */
    public void traverse(RefVisitor v) {
        for (Slot s : map.values()) {
            v.visit(s.value);
            v.visit(s.key);
        }
    }

    @Override
    protected void releaseReferences() {
        clear();
    }

    public int size() {
        return map.size();
    }

    /** The keys' and values' reprs run with the dict locked, as CPython's dict_repr holds its critical section. */
    @Override
    public String repr() {
        if (map.isEmpty()) {
            return "{}";
        }
        if (!Ops.enterRepr(this)) {
            return "{...}";
        }
        try (CriticalSection cs = CriticalSection.enter(this)) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Slot s : map.values().toArray(new Slot[0])) {
                if (s.value == null) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(s.key.repr()).append(": ").append(s.value.repr());
            }
            return sb.append('}').toString();
        } finally {
            Ops.leaveRepr(this);
        }
    }

    @Override
    public boolean isTrue() {
        return !map.isEmpty();
    }

    @Override
    public int len() {
        return map.size();
    }

    @Override
    public long hash() {
        throw Errors.unhashable(this);
    }

    @Override
    public boolean pyEquals(PyObject other) {
        if (!(other instanceof PyDict d)) {
            return false;
        }
        try (CriticalSection cs = CriticalSection.enter(this, d)) {
            if (d.map.size() != map.size()) {
                return false;
            }
            for (Slot s : map.values()) {
                PyObject v = d.get(s.key);
                if (v == null || !(v == s.value || Ops.eq(s.value, v))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@code self[key]}: a new reference to the value. */
    @Override
    public PyObject getItem(PyObject key) {
        PyObject v = getNewRef(key);
        if (v == null) {
            throw Errors.keyError(key);
        }
        return v;
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        put(key, value);
    }

    @Override
    public void delItem(PyObject key) {
        PyObject v = remove(key);
        if (v == null) {
            throw Errors.keyError(key);
        }
        RefCount.decref(v);
    }

    @Override
    public boolean contains(PyObject item) {
        try (CriticalSection cs = CriticalSection.enter(this)) {
            return map.containsKey(item);
        }
    }

    /** A new iterator over the keys, which holds a reference to this dict. */
    @Override
    public PyObject iter() {
        try (CriticalSection cs = CriticalSection.enter(this)) {
            return new PyIterator.OverCollection(this, map.keySet().iterator(), false);
        }
    }

    /** {@code dict.update(other)} for a dict or an iterable of pairs. */
    public void update(PyObject other) {
        if (other instanceof PyDict d) {
            // Both locked in order: d.update(e) and e.update(d) in two threads cannot deadlock.
            try (CriticalSection cs = CriticalSection.enter(this, d)) {
                // A copy of the entries: a __del__ run by replacing a value may change d, so entries
                // removed from d meanwhile (value null) are skipped rather than touched after free.
                for (Slot s : d.map.values().toArray(new Slot[0])) {
                    if (s.value != null) {
                        put(s.key, s.value);
                    }
                }
            }
            return;
        }
        PyObject it = other.iter();
        try (Pinned pins = Pinned.of(it, null)) {
            int index = 0;
            for (PyObject item = it.next(); item != null; item = it.next(), index++) {
                pins.set(1, item);
                try {
                    putPair(item, index);
                } finally {
                    pins.set(1, null);
                    RefCount.decref(item);
                }
            }
        } finally {
            RefCount.decref(it);
        }
    }

    /** Whether {@code key: value} is an entry ({@code (key, value) in d.items()}). */
    private boolean containsItem(PyObject key, PyObject value) {
        try (CriticalSection cs = CriticalSection.enter(this)) {
            PyObject v = get(key);
            return v != null && Ops.eq(v, value);
        }
    }

    /** Stores one {@code (key, value)} element of {@code dict.update}'s iterable. */
    private void putPair(PyObject item, int index) {
        PyObject inner;
        try {
            inner = item.iter();
        } catch (org.gilvm.interp.PyException e) {
            e.discard();
            throw Errors.typeError("cannot convert dictionary update sequence element #" + index + " to a sequence");
        }
        List<PyObject> pair = new ArrayList<>();
        try {
            for (PyObject x = inner.next(); x != null; x = inner.next()) {
                pair.add(x);
            }
        } catch (RuntimeException e) {
            decrefAll(pair);
            throw e;
        } finally {
            RefCount.decref(inner);
        }
        if (pair.size() != 2) {
            decrefAll(pair);
            throw Errors.valueError("dictionary update sequence element #" + index + " has length "
                    + pair.size() + "; 2 is required");
        }
        try (Pinned pins = Pinned.of(pair.get(0), pair.get(1))) { // hashing the key can run __hash__
            putStolen(pair.get(0), pair.get(1));
        }
    }

    private static void decrefAll(List<PyObject> owned) {
        for (PyObject x : owned) {
            RefCount.decref(x);
        }
    }

    private static PyObject construct(PyType type, Args args) {
        if (args.size() > 1) {
            throw Errors.typeError("dict expected at most 1 argument, got " + args.size());
        }
        PyDict d = new PyDict();
        // Hashing a key can run __hash__ and __eq__: the new dict is held only here meanwhile.
        try (Pinned pins = Pinned.of(d)) {
            if (args.size() == 1) {
                d.update(args.get(0));
            }
            for (int k = 0; k < args.kwSize(); k++) {
                d.put(PyStr.of(args.kwName(k)), args.kwValue(k));
            }
        } catch (RuntimeException e) {
            RefCount.decref(d);
            throw e;
        }
        return d;
    }

    /** {@code f} of each element of {@code from}: the slots' keys, values or new {@code (key, value)} tuples. */
    private static <T> Iterator<PyObject> mapped(Iterator<T> from, Function<T, PyObject> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return from.hasNext();
            }

            @Override
            public PyObject next() {
                return f.apply(from.next());
            }
        };
    }

    /** The entries now, in insertion order: a copy, which no change of the dict can disturb. */
    private List<Map.Entry<PyObject, PyObject>> entries() {
        try (CriticalSection cs = CriticalSection.enter(this)) {
            List<Map.Entry<PyObject, PyObject>> out = new ArrayList<>(map.size());
            for (Slot s : map.values()) {
                out.add(new AbstractMap.SimpleImmutableEntry<>(s.key, s.value));
            }
            return out;
        }
    }

    /** What {@link #map()} returns: the entries seen as key to value, read-only. */
    private final class MapView extends AbstractMap<PyObject, PyObject> {
        @Override
        public Set<Map.Entry<PyObject, PyObject>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<PyObject, PyObject>> iterator() {
                    return java.util.Collections.unmodifiableList(entries()).iterator();
                }

                @Override
                public int size() {
                    return map.size();
                }
            };
        }

        @Override
        public Set<PyObject> keySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<PyObject> iterator() {
                    Iterator<Map.Entry<PyObject, PyObject>> entries = entrySet().iterator();
                    return mapped(entries, Map.Entry::getKey);
                }

                @Override
                public int size() {
                    return map.size();
                }

                @Override
                public boolean contains(Object key) {
                    return containsKey(key);
                }
            };
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public boolean containsKey(Object key) {
            try (CriticalSection cs = CriticalSection.enter(PyDict.this)) {
                return map.containsKey(key);
            }
        }

        @Override
        public PyObject get(Object key) {
            return key instanceof PyObject k ? PyDict.this.get(k) : null;
        }

        @Override
        public void clear() {
            throw new UnsupportedOperationException("PyDict.map() is read-only: use PyDict.clear()");
        }
    }

    /** {@code dict.keys()}, {@code values()}, {@code items()}: live views, each owning its dict. */
    public static final class View extends PyObject {
        public enum Kind { KEYS, VALUES, ITEMS }

        private static final PyType KEYS_TYPE = new PyType("dict_keys", PyType.OBJECT, (PyType.Constructor) null);
        private static final PyType VALUES_TYPE = new PyType("dict_values", PyType.OBJECT, (PyType.Constructor) null);
        private static final PyType ITEMS_TYPE = new PyType("dict_items", PyType.OBJECT, (PyType.Constructor) null);
        /** What a released view looks at, so it reads as empty rather than failing. */
        private static final PyDict RELEASED = immortalEmpty();

        private PyDict dict;
        private final Kind kind;

        /** Takes a new reference to {@code dict}. */
        public View(PyDict dict, Kind kind) {
            this.dict = RefCount.newRef(dict);
            this.kind = kind;
        }

        private static PyDict immortalEmpty() {
            PyDict d = new PyDict();
            d.makeImmortal();
            return d;
        }

        @Override
        public void traverse(RefVisitor v) {
            v.visit(dict);
        }

        @Override
        protected void releaseReferences() {
            PyDict old = dict;
            dict = RELEASED;
            RefCount.decref(old);
        }

        @Override
        public PyType type() {
            return switch (kind) {
                case KEYS -> KEYS_TYPE;
                case VALUES -> VALUES_TYPE;
                case ITEMS -> ITEMS_TYPE;
            };
        }

        @Override
        public int len() {
            return dict.size();
        }

        /** A new iterator, which holds a reference to the dict (and reads it inside the dict's section). */
        @Override
        public PyObject iter() {
            PyDict d = dict;
            try (CriticalSection cs = CriticalSection.enter(d)) {
                return switch (kind) {
                    case KEYS -> new PyIterator.OverCollection(d, d.map.keySet().iterator(), false);
                    case VALUES -> new PyIterator.OverCollection(d, mapped(d.map.values().iterator(), s -> s.value), false);
                    // Each item is a new tuple: the iterator hands it over without an incref.
                    case ITEMS -> PyIterator.OverCollection.yieldingNew(d,
                            mapped(d.map.values().iterator(), s -> PyTuple.of(s.key, s.value)), false);
                };
            }
        }

        @Override
        public boolean contains(PyObject item) {
            PyDict d = dict;
            return switch (kind) {
                case KEYS -> d.contains(item);
                case VALUES -> super.contains(item);
                case ITEMS -> item instanceof PyTuple t && t.size() == 2 && d.containsItem(t.get(0), t.get(1));
            };
        }

        @Override
        public String repr() {
            PyList items = PyList.fromIterable(this);
            try {
                return type().name() + "(" + items.repr() + ")";
            } finally {
                RefCount.decref(items);
            }
        }

        @Override
        public boolean pyEquals(PyObject other) {
            return this == other;
        }
    }
}
