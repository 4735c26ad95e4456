package org.gilvm.objects;

import java.util.Iterator;

/**
 * The built-in iterators. {@link #next()} returns null when exhausted: the runtime's loops test for
 * null instead of catching StopIteration.
 */
public abstract class PyIterator extends PyObject {
    private final PyType type;

    protected PyIterator(PyType type) {
        this.type = type;
    }

    @Override
    public final PyType type() {
        return type;
    }

    @Override
    public final PyObject iter() {
        return this;
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

    /** Over a fixed array (tuples and snapshots). */
    public static final class OverArray extends PyIterator {
        private final PyObject[] items;
        private final int size;
        private int next;

        public OverArray(PyObject[] items, int size, String typeName) {
            super(typeName.equals("tuple_iterator") ? TUPLE_ITERATOR : LIST_ITERATOR);
            this.items = items;
            this.size = size;
        }

        @Override
        public PyObject next() {
            return next < size ? items[next++] : null;
        }
    }

    private static final PyType TUPLE_ITERATOR = iteratorType("tuple_iterator");

    /** Over a list, seeing changes made while iterating, as CPython's list iterator does. */
    public static final class OverList extends PyIterator {
        private PyList list;
        private int next;

        public OverList(PyList list) {
            super(LIST_ITERATOR);
            this.list = list;
        }

        @Override
        public PyObject next() {
            if (list != null && next < list.size()) {
                return list.get(next++);
            }
            list = null;
            return null;
        }
    }

    public static final class Reversed extends PyIterator {
        private final PyObject sequence;
        private int next;

        public Reversed(PyObject sequence) {
            super(REVERSED);
            this.sequence = sequence;
            this.next = sequence.len() - 1;
        }

        @Override
        public PyObject next() {
            if (next >= 0 && next < sequence.len()) {
                return sequence.getItem(PyInt.of(next--));
            }
            next = -1;
            return null;
        }
    }

    public static final class OverStr extends PyIterator {
        private final PyStr s;
        private int next;

        public OverStr(PyStr s) {
            super(STR_ITERATOR);
            this.s = s;
        }

        @Override
        public PyObject next() {
            return next < s.len() ? PyStr.ofCodePoint(s.codePointAt(next++)) : null;
        }
    }

    public static final class OverRange extends PyIterator {
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

    public static final class OverBigRange extends PyIterator {
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
        private final Iterator<PyObject> it;
        private final PyObject owner;
        private final int size;
        private final String what;

        public OverCollection(PyObject owner, Iterator<PyObject> it, boolean isSet) {
            super(isSet ? SET_ITERATOR : DICT_ITERATOR);
            this.owner = owner;
            this.it = it;
            this.size = owner.len();
            this.what = isSet ? "set" : "dictionary";
        }

        @Override
        public PyObject next() {
            if (owner.len() != size) {
                throw Errors.raise(PyExceptionTypes.RUNTIME_ERROR, what + " changed size during iteration");
            }
            try {
                return it.hasNext() ? it.next() : null;
            } catch (java.util.ConcurrentModificationException e) {
                throw Errors.raise(PyExceptionTypes.RUNTIME_ERROR, what + " changed size during iteration");
            }
        }
    }

    public static final PyType ENUMERATE = new PyType("enumerate", PyType.OBJECT, (t, a) -> {
        a.onlyKeywords("iterable", "start");
        PyObject iterable = a.arg(0, "iterable", null);
        if (iterable == null) {
            throw Errors.typeError("enumerate() missing required argument 'iterable' (pos 1)");
        }
        return new Enumerate(iterable.iter(), Ops.index(a.arg(1, "start", PyInt.ZERO)));
    });

    public static final class Enumerate extends PyIterator {
        private final PyObject source;
        private PyInt count;

        Enumerate(PyObject source, PyInt start) {
            super(ENUMERATE);
            this.source = source;
            this.count = start;
        }

        @Override
        public PyObject next() {
            PyObject x = source.next();
            if (x == null) {
                return null;
            }
            PyTuple pair = PyTuple.of(count, x);
            count = PyInt.add(count, PyInt.ONE);
            return pair;
        }
    }

    public static final PyType ZIP = new PyType("zip", PyType.OBJECT, (t, a) -> {
        a.onlyKeywords("strict");
        PyObject[] sources = new PyObject[a.size()];
        for (int i = 0; i < sources.length; i++) {
            sources[i] = a.get(i).iter();
        }
        return new Zip(sources);
    });

    public static final class Zip extends PyIterator {
        private final PyObject[] sources;

        Zip(PyObject[] sources) {
            super(ZIP);
            this.sources = sources;
        }

        @Override
        public PyObject next() {
            if (sources.length == 0) {
                return null;
            }
            PyObject[] row = new PyObject[sources.length];
            for (int i = 0; i < sources.length; i++) {
                row[i] = sources[i].next();
                if (row[i] == null) {
                    return null;
                }
            }
            return PyTuple.wrap(row);
        }
    }

    /** Wraps an instance whose class defines {@code __next__}: StopIteration becomes null. */
    public static PyObject nextOf(PyObject iterator) {
        return iterator.next();
    }
}
