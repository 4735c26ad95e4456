package org.gilvm.stdlib;

import java.util.Map;
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

/** The methods of the built-in types (list.append, dict.get, set.add, ...); str's are in {@link StrMethods}. */
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
    }

    static void method(PyType type, String name, PyBuiltinFunction.MethodBody body) {
        type.define(name, PyBuiltinFunction.method(name, body));
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
            l.pop(i);
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
        method(t, "count", (s, a) -> PyInt.of(count(list(s).toArray(), a.exactlyOne().get(0))));
        method(t, "sort", (s, a) -> {
            a.onlyKeywords("reverse");
            if (a.size() > 0) {
                throw Errors.typeError("sort() takes no positional arguments");
            }
            PyObject reverse = a.keyword("reverse");
            list(s).sort(reverse != null && reverse.isTrue());
            return PyNone.NONE;
        });
        method(t, "reverse", (s, a) -> {
            a.noKeywords().between(0, 0);
            list(s).reverse();
            return PyNone.NONE;
        });
        method(t, "copy", (s, a) -> PyList.wrap(list(s).toArray()));
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

    private static int count(PyObject[] items, PyObject x) {
        int n = 0;
        for (PyObject item : items) {
            if (item == x || Ops.eq(item, x)) {
                n++;
            }
        }
        return n;
    }

    private static void tupleMethods() {
        PyType t = PyTuple.TYPE;
        method(t, "count", (s, a) -> PyInt.of(count(((PyTuple) s).items(), a.exactlyOne().get(0))));
        method(t, "index", (s, a) -> {
            PyTuple tuple = (PyTuple) s;
            a.noKeywords().between(1, 3);
            int[] range = bounds(a, tuple.size());
            for (int i = range[0]; i < range[1]; i++) {
                if (tuple.get(i) == a.get(0) || Ops.eq(tuple.get(i), a.get(0))) {
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
            return v != null ? v : a.getOr(1, PyNone.NONE);
        });
        method(t, "pop", (s, a) -> {
            a.noKeywords().between(1, 2);
            PyObject v = dict(s).remove(a.get(0));
            if (v != null) {
                return v;
            }
            if (a.size() == 2) {
                return a.get(1);
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
            d.remove(last.getKey());
            return PyTuple.of(last.getKey(), last.getValue());
        });
        method(t, "setdefault", (s, a) -> {
            a.noKeywords().between(1, 2);
            PyObject v = dict(s).get(a.get(0));
            if (v == null) {
                v = a.getOr(1, PyNone.NONE);
                dict(s).put(a.get(0), v);
            }
            return v;
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
            dict(s).map().clear();
            return PyNone.NONE;
        });
    }

    private static PySet set(PyObject self) {
        return (PySet) self;
    }

    private static PySet asSet(PyObject o) {
        if (o instanceof PySet s) {
            return s;
        }
        PySet s = new PySet();
        s.update(o);
        return s;
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
            for (int i = 0; i < a.size(); i++) {
                r.update(a.get(i));
            }
            return r;
        });
        method(t, "intersection", (s, a) -> {
            PySet r = set(s);
            for (int i = 0; i < a.size(); i++) {
                r = PySet.intersection(r, asSet(a.get(i)));
            }
            return r == s ? set(s).copy() : r;
        });
        method(t, "difference", (s, a) -> {
            PySet r = set(s).copy();
            for (int i = 0; i < a.size(); i++) {
                r = PySet.difference(r, asSet(a.get(i)));
            }
            return r;
        });
        method(t, "symmetric_difference", (s, a) -> PySet.symmetricDifference(set(s), asSet(a.exactlyOne().get(0))));
        method(t, "issubset", (s, a) -> PyBool.of(set(s).isSubsetOf(asSet(a.exactlyOne().get(0)))));
        method(t, "issuperset", (s, a) -> PyBool.of(asSet(a.exactlyOne().get(0)).isSubsetOf(set(s))));
        method(t, "isdisjoint", (s, a) -> PyBool.of(PySet.intersection(set(s), asSet(a.exactlyOne().get(0))).size() == 0));
    }

    private static void numberMethods() {
        method(PyInt.TYPE, "bit_length", (s, a) -> PyInt.of(((PyInt) s).bigValue().abs().bitLength()));
        method(PyFloat.TYPE, "is_integer", (s, a) -> {
            double d = ((PyFloat) s).value();
            return PyBool.of(!Double.isInfinite(d) && d == Math.floor(d));
        });
    }
}
