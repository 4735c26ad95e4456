package org.gilvm.objects;

import java.util.Collections;
import java.util.Iterator;
import org.gilvm.heap.Pinned;
import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;

/**
 * The built-in iterators. {@link #next()} returns null when exhausted: the runtime's loops test for
 * null instead of catching StopIteration.
 *
 * <p>Ownership: an iterator owns a reference to what it iterates, its {@link #source} (the list,
 * tuple, dict, set or sequence; Enumerate's source iterator; Zip owns several), and lets go of it
 * as soon as it is exhausted, as CPython's iterators do, or when it dies; then it reads as
 * exhausted.
 * {@link #next()} returns a new reference: an item read from a container is increfed, an object made
 * for the occasion (a tuple of Enumerate, Zip or dict items) is handed over as made.
 *
 * <p>Threads without the GIL may share an iterator. The iterators over a list, dict or set keep
 * their position inside that container's {@link CriticalSection}, so reading the next item,
 * advancing and letting go of the source at the end are one step; those over a tuple or str, and
 * reversed(), use their own lock. The source is dropped after the section, by the one thread that
 * found the end first.
 */
public abstract class PyIterator extends LockableObject {
    private final PyType type;
    /** What this iterator reads from and owns a reference to; null for none, or once released. */
    protected PyObject source;

    protected PyIterator(PyType type) {
        this.type = type;
    }

    /** An iterator over {@code source}, taking over the caller's reference to it. */
    protected PyIterator(PyType type, PyObject source) {
        this.type = type;
        this.source = source;
    }

    @Override
    public void traverse(RefVisitor v) {
        if (source != null) {
            v.visit(source);
        }
    }

    /** Exhausted or dying: forget the position ({@link #exhaust}), then let go of the source. */
    @Override
    protected void releaseReferences() {
        RefCount.xdecref(takeSource());
    }

    /**
     * Reads as exhausted from now on, and returns the reference to the source for the caller to drop
     * (after its section: dropping it may run Python code), or null if it was already let go of.
     */
    protected final PyObject takeSource() {
        PyObject old = source;
        source = null;
        exhaust();
        return old;
    }

    /** Resets the iterator's own state so that it reads as exhausted. */
    protected void exhaust() {
    }

    @Override
    public final PyType type() {
        return type;
    }

    /** {@code iter(it)} is {@code it}: a new reference to this iterator. */
    @Override
    public final PyObject iter() {
        return RefCount.newRef(this);
    }

    private static PyType iteratorType(String name) {
        return new PyType(name, PyType.OBJECT, (t, a) -> {
            throw Errors.typeError("cannot create '" + name + "' instances");
        });
    }

    private static final PyType LIST_ITERATOR = iteratorType("list_iterator");
    private static final PyType STR_ITERATOR = iteratorType("str_ascii_iterator");
    private static final PyType RANGE_ITERATOR = iteratorType("range_iterator");
    private static final PyType DICT_ITERATOR = iteratorType("dict_keyiterator");
    private static final PyType SET_ITERATOR = iteratorType("set_iterator");
    private static final PyType REVERSED = iteratorType("list_reverseiterator");

    private static final PyObject[] NO_ITEMS = new PyObject[0];

    /** Over a fixed array (a tuple's items), owning a reference to the object the array belongs to. */
    public static final class OverArray extends PyIterator {
        private PyObject[] items;
        private int size;
        private int next;

        /**
         * Iterates {@code items[0 .. size)}, which belong to {@code owner} (a tuple or list); takes a
         * new reference to {@code owner}, which keeps the items alive.
         */
        public OverArray(PyObject owner, PyObject[] items, int size, String typeName) {
            super(typeName.equals("tuple_iterator") ? TUPLE_ITERATOR : LIST_ITERATOR, RefCount.newRef(owner));
            this.items = items;
            this.size = size;
        }

        /** Exhausted, it lets go of its sequence at once, as CPython's iterators do. */
        @Override
        public PyObject next() {
            PyObject done;
            try (CriticalSection cs = CriticalSection.enter(this)) {
                if (next < size) {
                    return RefCount.newRef(items[next++]);
                }
                done = takeSource();
            }
            RefCount.xdecref(done);
            return null;
        }

        @Override
        protected void exhaust() {
            items = NO_ITEMS;
            size = 0;
        }
    }

    private static final PyType TUPLE_ITERATOR = iteratorType("tuple_iterator");

    /** Over a list, seeing changes made while iterating, as CPython's list iterator does. */
    public static final class OverList extends PyIterator {
        private int next;

        /** Takes a new reference to {@code list}. */
        public OverList(PyList list) {
            super(LIST_ITERATOR, RefCount.newRef(list));
        }

        /** Once exhausted, it has let go of the list: it stays exhausted even if the list grows. */
        @Override
        public PyObject next() {
            if (!(source instanceof PyList list)) {
                return null;
            }
            try (CriticalSection cs = CriticalSection.enter(list)) {
                if (source != list) {
                    return null; // another thread found the end meanwhile
                }
                if (next < list.size()) {
                    return RefCount.newRef(list.get(next++));
                }
                takeSource();
            }
            RefCount.decref(list);
            return null;
        }
    }

    /** {@code reversed(seq)} for a list, tuple, str or range: indexes the sequence backwards. */
    public static final class Reversed extends PyIterator {
        private int next;

        /** Takes a new reference to {@code sequence}. */
        public Reversed(PyObject sequence) {
            super(REVERSED);
            this.next = sequence.len() - 1;
            this.source = RefCount.newRef(sequence);
        }

        @Override
        public PyObject next() {
            PyObject done;
            try (CriticalSection cs = CriticalSection.enter(this)) {
                PyObject sequence = source;
                if (sequence instanceof PyList list) {
                    // The list may shrink between a length check and a read: one step instead.
                    PyObject x = list.itemOrNull(next);
                    if (x != null) {
                        next--;
                        return x;
                    }
                } else if (next >= 0 && sequence != null && next < sequence.len()) {
                    return sequence.getItem(PyInt.of(next--));
                }
                done = takeSource();
            }
            RefCount.xdecref(done);
            return null;
        }

        @Override
        protected void exhaust() {
            next = -1;
        }
    }

    /** Over a str. Strings are immortal, so there is nothing to count: no traverse, no release. */
    public static final class OverStr extends PyIterator {
        private final PyStr s;
        private int next;

        public OverStr(PyStr s) {
            super(STR_ITERATOR);
            this.s = s;
        }

        @Override
        public PyObject next() {
            try (CriticalSection cs = CriticalSection.enter(this)) {
                return next < s.len() ? PyStr.ofCodePoint(s.codePointAt(next++)) : null;
            }
        }
    }

    private static final PyType BYTES_ITERATOR = iteratorType("bytes_iterator");

    /** Over a bytes object: its ints. Bytes are immortal, so there is nothing to count. */
    public static final class OverBytes extends PyIterator {
        private final PyBytes b;
        private int next;

        public OverBytes(PyBytes b) {
            super(BYTES_ITERATOR);
            this.b = b;
        }

        @Override
        public PyObject next() {
            return next < b.len() ? PyInt.of(b.at(next++)) : null;
        }
    }

    /** Over a range whose values fit in a long; holds only numbers, so owns no references. */
    public static final class OverRange extends PyIterator {
        /** Holds only ints: not a container for the collector, as CPython's range iterator. */
        @Override
        protected boolean isContainer() {
            return false;
        }

        private long current;
        private final long step;
        private long remaining;

        public OverRange(long start, long step, long count) {
            super(RANGE_ITERATOR);
            this.current = start;
            this.step = step;
            this.remaining = count;
        }

        @Override
        public PyObject next() {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = current;
            current += step;
            return PyInt.of(v);
        }
    }

    /** Over any other range; holds only numbers, so owns no references. */
    public static final class OverBigRange extends PyIterator {
        /** Holds only ints: not a container for the collector, as CPython's range iterator. */
        @Override
        protected boolean isContainer() {
            return false;
        }

        private java.math.BigInteger current;
        private final java.math.BigInteger step;
        private java.math.BigInteger remaining;

        public OverBigRange(java.math.BigInteger start, java.math.BigInteger step, java.math.BigInteger count) {
            super(RANGE_ITERATOR);
            this.current = start;
            this.step = step;
            this.remaining = count;
        }

        @Override
        public PyObject next() {
            if (remaining.signum() <= 0) {
                return null;
            }
            remaining = remaining.subtract(java.math.BigInteger.ONE);
            PyObject v = PyInt.of(current);
            current = current.add(step);
            return v;
        }
    }

    /** Over a Java iterator of a dict or set; a size change during iteration is an error, as in CPython. */
    public static final class OverCollection extends PyIterator {
        private Iterator<PyObject> it;
        private final int size;
        private final String what;
        /** The Java iterator makes a new object per item (dict items tuples) rather than reading one held. */
        private final boolean yieldsNew;

        /**
         * Iterates {@code it}, whose items are held by {@code owner} (a dict or set, or a dict view's
         * dict); each item returned is increfed. Takes a new reference to {@code owner}. {@code it}
         * reads the owner's structures: the caller makes it inside the owner's section.
         */
        public OverCollection(LockableObject owner, Iterator<PyObject> it, boolean isSet) {
            this(owner, it, isSet, false);
        }

        private OverCollection(LockableObject owner, Iterator<PyObject> it, boolean isSet, boolean yieldsNew) {
            super(isSet ? SET_ITERATOR : DICT_ITERATOR, RefCount.newRef(owner));
            this.it = it;
            this.size = owner.len();
            this.what = isSet ? "set" : "dictionary";
            this.yieldsNew = yieldsNew;
        }

        /**
         * Like the constructor, for a Java iterator that makes a new object per item, with its own
         * reference, which {@code next()} hands over as it is.
         */
        public static OverCollection yieldingNew(LockableObject owner, Iterator<PyObject> it, boolean isSet) {
            return new OverCollection(owner, it, isSet, true);
        }

        @Override
        public PyObject next() {
            if (!(source instanceof LockableObject owner)) {
                return null;
            }
            try (CriticalSection cs = CriticalSection.enter(owner)) {
                if (source != owner) {
                    return null; // another thread found the end meanwhile
                }
                if (owner.len() != size) {
                    throw Errors.raise(PyExceptionTypes.RUNTIME_ERROR, what + " changed size during iteration");
                }
                PyObject x;
                try {
                    x = it.hasNext() ? it.next() : null;
                } catch (java.util.ConcurrentModificationException e) {
                    throw Errors.raise(PyExceptionTypes.RUNTIME_ERROR, what + " changed size during iteration");
                }
                if (x != null) {
                    return yieldsNew ? x : RefCount.newRef(x);
                }
                takeSource();
            }
            RefCount.decref(owner);
            return null;
        }

        @Override
        protected void exhaust() {
            it = Collections.emptyIterator();
        }
    }

    public static final PyType ENUMERATE = new PyType("enumerate", PyType.OBJECT, (t, a) -> {
        a.onlyKeywords("iterable", "start");
        PyObject iterable = a.arg(0, "iterable", null);
        if (iterable == null) {
            throw Errors.typeError("enumerate() missing required argument 'iterable' (pos 1)");
        }
        PyObject source = iterable.iter();
        PyInt start;
        try {
            start = Ops.index(a.arg(1, "start", PyInt.ZERO));
        } catch (RuntimeException e) {
            RefCount.decref(source);
            throw e;
        }
        return new Enumerate(source, start);
    });

    /** {@code enumerate(iterable, start)}: owns its source iterator; yields new (count, item) tuples. */
    public static final class Enumerate extends PyIterator {
        private PyInt count;

        /** Steals the reference to {@code source}. */
        Enumerate(PyObject source, PyInt start) {
            super(ENUMERATE, source);
            this.count = start;
        }

        @Override
        public PyObject next() {
            if (source == null) {
                return null;
            }
            PyObject x = source.next();
            if (x == null) {
                return null;
            }
            // The tuple takes over x (a new reference from next()); count is an int, immortal.
            PyTuple pair = PyTuple.wrap(new PyObject[] {RefCount.newRef(count), x});
            count = PyInt.add(count, PyInt.ONE);
            return pair;
        }


    }

    /**
     * New references to {@code iter(a[from])}, {@code iter(a[from + 1])}, ...: the iterators made so
     * far are held (and pinned) while the next {@code __iter__} may run Python code, and dropped if
     * one fails.
     */
    private static PyObject[] iterators(Args a, int from) {
        PyObject[] sources = new PyObject[a.size() - from];
        try (Pinned pins = Pinned.of(sources)) {
            for (int i = 0; i < sources.length; i++) {
                sources[i] = a.get(i + from).iter();
                pins.set(i, sources[i]);
            }
        } catch (RuntimeException e) {
            for (PyObject made : sources) {
                RefCount.xdecref(made);
            }
            throw e;
        }
        return sources;
    }

    public static final PyType ZIP = new PyType("zip", PyType.OBJECT, (t, a) -> {
        a.onlyKeywords("strict");
        return new Zip(iterators(a, 0));
    });

    /** {@code zip(*iterables)}: owns its source iterators; yields new tuples. */
    public static final class Zip extends PyIterator {
        private PyObject[] sources;

        /** Steals the references in {@code sources}. */
        Zip(PyObject[] sources) {
            super(ZIP);
            this.sources = sources;
        }

        @Override
        public PyObject next() {
            PyObject[] src = sources;
            if (src.length == 0) {
                return null;
            }
            PyObject[] row = new PyObject[src.length];
            int taken = 0;
            boolean complete = false;
            // The items taken so far are held while the next source's __next__ may run Python code.
            try (Pinned pins = Pinned.of(row)) {
                for (; taken < src.length; taken++) {
                    row[taken] = src[taken].next();
                    pins.set(taken, row[taken]);
                    if (row[taken] == null) {
                        return null;
                    }
                }
                complete = true;
            } finally {
                if (!complete) {
                    // Exhausted or failed: drop the items already taken, as CPython drops its tuple.
                    PyList.decrefLastToFirst(row, taken);
                }
            }
            return PyTuple.wrap(row);
        }

        @Override
        public void traverse(RefVisitor v) {
            for (PyObject s : sources) {
                v.visit(s);
            }
        }

        /** Last to first, as CPython's zip drops its tuple of iterators. */
        @Override
        protected void releaseReferences() {
            PyObject[] old = sources;
            sources = NO_ITEMS;
            PyList.decrefLastToFirst(old, old.length);
        }
    }

    public static final PyType MAP = new PyType("map", PyType.OBJECT, (t, a) -> {
        a.noKeywords();
        if (a.size() < 2) {
            throw Errors.typeError("map() must have at least two arguments.");
        }
        PyObject[] sources = iterators(a, 1); // first: no reference to the function is held meanwhile
        return new MapIterator(RefCount.newRef(a.get(0)), sources);
    });

    /** {@code map(f, *iterables)}: owns the function and the source iterators; yields f's results. */
    public static final class MapIterator extends PyIterator {
        private PyObject function;
        private PyObject[] sources;

        /** Steals both references. */
        MapIterator(PyObject function, PyObject[] sources) {
            super(MAP);
            this.function = function;
            this.sources = sources;
        }

        @Override
        public PyObject next() {
            PyObject[] src = sources;
            if (src.length == 0) {
                return null;
            }
            PyObject[] args = new PyObject[src.length];
            int taken = 0;
            try (Pinned pins = Pinned.of(args)) {
                for (; taken < src.length; taken++) {
                    args[taken] = src[taken].next();
                    pins.set(taken, args[taken]);
                    if (args[taken] == null) {
                        return null;
                    }
                }
                return function.call(args, 0, args.length, null);
            } finally {
                PyList.decrefLastToFirst(args, taken);
            }
        }

        @Override
        public void traverse(RefVisitor v) {
            v.visit(function);
            for (PyObject s : sources) {
                v.visit(s);
            }
        }

        @Override
        protected void releaseReferences() {
            PyObject[] old = new PyObject[sources.length + 1];
            old[0] = function;
            System.arraycopy(sources, 0, old, 1, sources.length);
            function = PyNone.NONE;
            sources = NO_ITEMS;
            RefCount.releaseInOrder(old, old.length);
        }
    }

    public static final PyType FILTER = new PyType("filter", PyType.OBJECT, (t, a) -> {
        a.noKeywords().between(2, 2);
        PyObject source = a.get(1).iter();
        return new FilterIterator(RefCount.newRef(a.get(0)), source);
    });

    /** {@code filter(f, iterable)}: the items for which f (or, with None, the item itself) is true. */
    public static final class FilterIterator extends PyIterator {
        private PyObject predicate;

        /** Steals both references. */
        FilterIterator(PyObject predicate, PyObject source) {
            super(FILTER, source);
            this.predicate = predicate;
        }

        @Override
        public PyObject next() {
            while (source != null) {
                PyObject x = source.next();
                if (x == null) {
                    return null;
                }
                boolean keep;
                try (Pinned pins = Pinned.of(x)) {
                    if (predicate == PyNone.NONE) {
                        keep = x.isTrue();
                    } else {
                        PyObject verdict = Call.positional(predicate, x);
                        keep = verdict.isTrue();
                        RefCount.decref(verdict);
                    }
                } catch (RuntimeException e) {
                    RefCount.decref(x);
                    throw e;
                }
                if (keep) {
                    return x;
                }
                RefCount.decref(x);
            }
            return null;
        }

        @Override
        public void traverse(RefVisitor v) {
            v.visit(predicate);
            super.traverse(v);
        }

        @Override
        protected void releaseReferences() {
            PyObject[] old = {predicate, source};
            predicate = PyNone.NONE;
            source = null;
            RefCount.releaseInOrder(old, 2);
        }
    }

    private static final PyType SEQ_ITERATOR = iteratorType("iterator");

    /** The old sequence protocol: {@code obj[0]}, {@code obj[1]}, ... until IndexError (a class with only {@code __getitem__}). */
    public static final class OverGetItem extends PyIterator {
        private long next;

        /** Takes a new reference to {@code sequence}. */
        public OverGetItem(PyObject sequence) {
            super(SEQ_ITERATOR, RefCount.newRef(sequence));
        }

        @Override
        public PyObject next() {
            if (source == null) {
                return null;
            }
            try {
                return source.getItem(PyInt.of(next++));
            } catch (org.gilvm.interp.PyException e) {
                if (e.isInstance(PyExceptionTypes.INDEX_ERROR) || e.isInstance(PyExceptionTypes.STOP_ITERATION)) {
                    e.discard();
                    releaseReferences();
                    return null;
                }
                throw e;
            }
        }
    }

    /** Wraps an instance whose class defines {@code __next__}: StopIteration becomes null. */
    public static PyObject nextOf(PyObject iterator) {
        return iterator.next();
    }
}
