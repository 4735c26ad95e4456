package org.gilvm.stdlib;

import java.util.Map;
import java.util.function.Function;
import org.gilvm.heap.RefCount;
import org.gilvm.objects.Args;
import org.gilvm.objects.Errors;
import org.gilvm.objects.Ops;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyExceptionTypes;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PySet;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;

/**
 * The methods of the built-in types (list.append, dict.get, set.add, ...); str's are in {@link StrMethods}.
 *
 * <p>Ownership (docs/refcounting.md): a body borrows the receiver and its arguments and returns a
 * new reference. The containers count what they store and remove themselves.
 */
final class TypeMethods {
    private TypeMethods() { }

    private static boolean installed;

    static synchronized void installAll() {
        if (installed) {
            return;
        }
        installed = true;
        listMethods();
        tupleMethods();
        dictMethods();
        setMethods();
        numberMethods();
        StrMethods.install();
        BytesMethods.install();
    }

    static void method(PyType type, String name, PyBuiltinFunction.MethodBody body) {
        PyBuiltinFunction f = PyBuiltinFunction.method(name, body);
        f.makeImmortal(); // lives as long as the type
        type.define(name, f);
    }

    private static PyList list(PyObject self) {
        return (PyList) self;
    }

    private static void listMethods() {
        PyType t = PyList.TYPE;
        method(t, "append", (s, a) -> {
            list(s).append(a.exactlyOne().get(0));
            return PyNone.NONE;
        });
        method(t, "extend", (s, a) -> {
            list(s).extend(a.exactlyOne().get(0));
            return PyNone.NONE;
        });
        method(t, "insert", (s, a) -> {
            a.noKeywords().between(2, 2);
            list(s).insert(Ops.index(a.get(0)).longValue(), a.get(1));
            return PyNone.NONE;
        });
        method(t, "pop", (s, a) -> list(s).pop(a.noKeywords().between(0, 1).size() == 0 ? -1
                : Ops.index(a.get(0)).longValue()));
        method(t, "remove", (s, a) -> {
            PyList l = list(s);
            int i = l.indexOf(a.exactlyOne().get(0), 0, l.size());
            if (i < 0) {
                throw Errors.valueError("list.remove(x): x not in list");
            }
            RefCount.decref(l.pop(i)); // pop hands us the list's reference
            return PyNone.NONE;
        });
        method(t, "index", (s, a) -> {
            PyList l = list(s);
            a.noKeywords().between(1, 3);
            int[] range = bounds(a, l.size());
            int i = l.indexOf(a.get(0), range[0], range[1]);
            if (i < 0) {
                throw Errors.valueError(a.get(0).repr() + " is not in list");
            }
            return PyInt.of(i);
        });
        method(t, "count", (s, a) -> {
            PyList l = list(s);
            PyObject x = a.exactlyOne().get(0);
            int n = 0;
            for (int i = 0; i < l.size(); i++) { // the live list, as CPython: __eq__ may change it
                if (same(l.get(i), x)) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        method(t, "sort", (s, a) -> {
            a.onlyKeywords("key", "reverse");
            if (a.size() > 0) {
                throw Errors.typeError("sort() takes no positional arguments");
            }
            PyObject reverse = a.keyword("reverse");
            list(s).sort(Builtins.noneAsNull(a.keyword("key")), reverse != null && reverse.isTrue());
            return PyNone.NONE;
        });
        method(t, "reverse", (s, a) -> {
            a.noKeywords().between(0, 0);
            list(s).reverse();
            return PyNone.NONE;
        });
        method(t, "copy", (s, a) -> PyList.fromIterable(s));
        method(t, "clear", (s, a) -> {
            list(s).clear();
            return PyNone.NONE;
        });
    }

    /** The optional start and end arguments of index(), clamped as CPython does. */
    private static int[] bounds(Args a, int size) {
        long start = a.size() > 1 ? Ops.index(a.get(1)).longValue() : 0;
        long end = a.size() > 2 ? Ops.index(a.get(2)).longValue() : size;
        if (start < 0) {
            start = Math.max(0, start + size);
        }
        if (end < 0) {
            end = Math.max(0, end + size);
        }
        return new int[] {(int) Math.min(start, size), (int) Math.min(end, size)};
    }

    /** {@code item is x or item == x}, holding a reference to item meanwhile: __eq__ may drop it from its list. */
    private static boolean same(PyObject item, PyObject x) {
        if (item == x) {
            return true;
        }
        RefCount.incref(item); // as CPython's list.count: __eq__ may remove it from the list meanwhile
        try (org.gilvm.heap.Pinned pin = org.gilvm.heap.Pinned.of(item)) {
            return Ops.eq(item, x);
        } finally {
            RefCount.decref(item);
        }
    }

    private static void tupleMethods() {
        PyType t = PyTuple.TYPE;
        method(t, "count", (s, a) -> {
            PyObject x = a.exactlyOne().get(0);
            int n = 0;
            for (PyObject item : ((PyTuple) s).items()) {
                if (same(item, x)) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        method(t, "index", (s, a) -> {
            PyTuple tuple = (PyTuple) s;
            a.noKeywords().between(1, 3);
            int[] range = bounds(a, tuple.size());
            for (int i = range[0]; i < range[1]; i++) {
                if (same(tuple.get(i), a.get(0))) {
                    return PyInt.of(i);
                }
            }
            throw Errors.valueError("tuple.index(x): x not in tuple");
        });
    }

    private static PyDict dict(PyObject self) {
        return (PyDict) self;
    }

    private static void dictMethods() {
        PyType t = PyDict.TYPE;
        method(t, "keys", (s, a) -> new PyDict.View(dict(s), PyDict.View.Kind.KEYS));
        method(t, "values", (s, a) -> new PyDict.View(dict(s), PyDict.View.Kind.VALUES));
        method(t, "items", (s, a) -> new PyDict.View(dict(s), PyDict.View.Kind.ITEMS));
        method(t, "get", (s, a) -> {
            a.noKeywords().between(1, 2);
            PyObject v = dict(s).get(a.get(0));
            return RefCount.newRef(v != null ? v : a.getOr(1, PyNone.NONE));
        });
        method(t, "pop", (s, a) -> {
            a.noKeywords().between(1, 2);
            PyObject v = dict(s).remove(a.get(0));
            if (v != null) {
                return v; // remove hands us the dict's reference
            }
            if (a.size() == 2) {
                return RefCount.newRef(a.get(1));
            }
            throw Errors.keyError(a.get(0));
        });
        method(t, "popitem", (s, a) -> {
            PyDict d = dict(s);
            if (d.size() == 0) {
                throw Errors.raise(PyExceptionTypes.KEY_ERROR, "popitem(): dictionary is empty");
            }
            Map.Entry<PyObject, PyObject> last = null;
            for (Map.Entry<PyObject, PyObject> e : d.map().entrySet()) {
                last = e;
            }
            // The dict's reference to the key is dropped by remove; its reference to the value is
            // handed to us. The tuple steals both of ours.
            PyObject key = RefCount.newRef(last.getKey());
            PyObject value = d.remove(key);
            return PyTuple.wrap(new PyObject[] {key, value});
        });
        method(t, "setdefault", (s, a) -> {
            a.noKeywords().between(1, 2);
            PyObject v = dict(s).get(a.get(0));
            if (v == null) {
                v = a.getOr(1, PyNone.NONE);
                dict(s).put(a.get(0), v);
            }
            return RefCount.newRef(v);
        });
        method(t, "update", (s, a) -> {
            a.between(0, 1);
            if (a.size() == 1) {
                dict(s).update(a.get(0));
            }
            for (int k = 0; k < a.kwSize(); k++) {
                dict(s).put(PyStr.of(a.kwName(k)), a.kwValue(k));
            }
            return PyNone.NONE;
        });
        method(t, "copy", (s, a) -> {
            PyDict d = new PyDict();
            d.update(s);
            return d;
        });
        method(t, "clear", (s, a) -> {
            dict(s).clear();
            return PyNone.NONE;
        });
    }

    private static PySet set(PyObject self) {
        return (PySet) self;
    }

    /** {@code o} as a set: a new reference, to o itself or to a set made from the iterable o. */
    private static PySet asSet(PyObject o) {
        if (o instanceof PySet s) {
            return RefCount.newRef(s);
        }
        PySet s = new PySet();
        try {
            s.update(o);
        } catch (Throwable e) {
            RefCount.decref(s);
            throw e;
        }
        return s;
    }

    /** Applies {@code f} to {@code o} as a set, then drops that set. */
    private static <T> T withSet(PyObject o, Function<PySet, T> f) {
        PySet other = asSet(o);
        try {
            return f.apply(other);
        } finally {
            RefCount.decref(other);
        }
    }

    /**
     * Replaces {@code r} by {@code f(r, argument as a set)} for each argument. Takes the caller's
     * reference to r and returns a reference to the result (each intermediate set is dropped).
     */
    private static PySet fold(PySet r, Args a, java.util.function.BinaryOperator<PySet> f) {
        try {
            for (int i = 0; i < a.size(); i++) {
                PySet old = r;
                r = withSet(a.get(i), other -> f.apply(old, other));
                RefCount.decref(old);
            }
        } catch (Throwable e) {
            RefCount.decref(r);
            throw e;
        }
        return r;
    }

    private static void setMethods() {
        PyType t = PySet.TYPE;
        method(t, "add", (s, a) -> {
            set(s).add(a.exactlyOne().get(0));
            return PyNone.NONE;
        });
        method(t, "remove", (s, a) -> {
            if (!set(s).discard(a.exactlyOne().get(0))) {
                throw Errors.keyError(a.get(0));
            }
            return PyNone.NONE;
        });
        method(t, "discard", (s, a) -> {
            set(s).discard(a.exactlyOne().get(0));
            return PyNone.NONE;
        });
        method(t, "pop", (s, a) -> set(s).pop());
        method(t, "clear", (s, a) -> {
            set(s).clear();
            return PyNone.NONE;
        });
        method(t, "copy", (s, a) -> set(s).copy());
        method(t, "update", (s, a) -> {
            for (int i = 0; i < a.size(); i++) {
                set(s).update(a.get(i));
            }
            return PyNone.NONE;
        });
        method(t, "union", (s, a) -> {
            PySet r = set(s).copy();
            try {
                for (int i = 0; i < a.size(); i++) {
                    r.update(a.get(i));
                }
            } catch (Throwable e) {
                RefCount.decref(r);
                throw e;
            }
            return r;
        });
        method(t, "intersection", (s, a) -> {
            PySet r = fold(RefCount.newRef(set(s)), a, PySet::intersection);
            if (r == s) { // no arguments: a copy, not self
                RefCount.decref(r);
                return set(s).copy();
            }
            return r;
        });
        method(t, "difference", (s, a) -> fold(set(s).copy(), a, PySet::difference));
        method(t, "symmetric_difference", (s, a) -> withSet(a.exactlyOne().get(0),
                o -> PySet.symmetricDifference(set(s), o)));
        method(t, "issubset", (s, a) -> withSet(a.exactlyOne().get(0), o -> PyBool.of(set(s).isSubsetOf(o))));
        method(t, "issuperset", (s, a) -> withSet(a.exactlyOne().get(0), o -> PyBool.of(o.isSubsetOf(set(s)))));
        method(t, "isdisjoint", (s, a) -> withSet(a.exactlyOne().get(0), o -> {
            PySet common = PySet.intersection(set(s), o);
            boolean none = common.size() == 0;
            RefCount.decref(common);
            return PyBool.of(none);
        }));
    }

    private static void numberMethods() {
        method(PyInt.TYPE, "bit_length", (s, a) -> PyInt.of(((PyInt) s).bigValue().abs().bitLength()));
        method(PyFloat.TYPE, "is_integer", (s, a) -> {
            double d = ((PyFloat) s).value();
            return PyBool.of(!Double.isInfinite(d) && d == Math.floor(d));
        });
    }
}
