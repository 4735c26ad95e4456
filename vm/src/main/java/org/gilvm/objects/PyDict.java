package org.gilvm.objects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's dict. Insertion order is kept, as since Python 3.7; keys compare with Python equality
 * (see {@link PyObject#equals}), so hashing an unhashable key raises TypeError on the way in.
 */
public final class PyDict extends PyObject {
    public static final PyType TYPE = new PyType("dict", PyType.OBJECT, PyDict::construct);

    private final LinkedHashMap<PyObject, PyObject> map = new LinkedHashMap<>();

    @Override
    public PyType type() {
        return TYPE;
    }

    public Map<PyObject, PyObject> map() {
        return map;
    }

    public PyObject get(PyObject key) {
        return map.get(key);
    }

    public void put(PyObject key, PyObject value) {
        map.put(key, value);
    }

    public PyObject remove(PyObject key) {
        return map.remove(key);
    }

    public int size() {
        return map.size();
    }

    @Override
    public String repr() {
        if (map.isEmpty()) {
            return "{}";
        }
        if (!Ops.enterRepr(this)) {
            return "{...}";
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<PyObject, PyObject> e : new ArrayList<>(map.entrySet())) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(e.getKey().repr()).append(": ").append(e.getValue().repr());
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
        if (!(other instanceof PyDict d) || d.map.size() != map.size()) {
            return false;
        }
        for (Map.Entry<PyObject, PyObject> e : map.entrySet()) {
            PyObject v = d.map.get(e.getKey());
            if (v == null || !(v == e.getValue() || Ops.eq(e.getValue(), v))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject v = map.get(key);
        if (v == null) {
            throw Errors.keyError(key);
        }
        return v;
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        map.put(key, value);
    }

    @Override
    public void delItem(PyObject key) {
        if (map.remove(key) == null) {
            throw Errors.keyError(key);
        }
    }

    @Override
    public boolean contains(PyObject item) {
        return map.containsKey(item);
    }

    @Override
    public PyObject iter() {
        return new PyIterator.OverCollection(this, map.keySet().iterator(), false);
    }

    /** {@code dict.update(other)} for a dict or an iterable of pairs. */
    public void update(PyObject other) {
        if (other instanceof PyDict d) {
            map.putAll(d.map);
            return;
        }
        PyObject it = other.iter();
        int index = 0;
        for (PyObject item = it.next(); item != null; item = it.next(), index++) {
            List<PyObject> pair = new ArrayList<>();
            PyObject inner;
            try {
                inner = item.iter();
            } catch (org.gilvm.interp.PyException e) {
                throw Errors.typeError("cannot convert dictionary update sequence element #" + index + " to a sequence");
            }
            for (PyObject x = inner.next(); x != null; x = inner.next()) {
                pair.add(x);
            }
            if (pair.size() != 2) {
                throw Errors.valueError("dictionary update sequence element #" + index + " has length "
                        + pair.size() + "; 2 is required");
            }
            map.put(pair.get(0), pair.get(1));
        }
    }

    private static PyObject construct(PyType type, Args args) {
        if (args.size() > 1) {
            throw Errors.typeError("dict expected at most 1 argument, got " + args.size());
        }
        PyDict d = new PyDict();
        if (args.size() == 1) {
            d.update(args.get(0));
        }
        for (int k = 0; k < args.kwSize(); k++) {
            d.put(PyStr.of(args.kwName(k)), args.kwValue(k));
        }
        return d;
    }

    /** {@code dict.keys()}, {@code values()}, {@code items()}: live views. */
    public static final class View extends PyObject {
        public enum Kind { KEYS, VALUES, ITEMS }

        private static final PyType KEYS_TYPE = new PyType("dict_keys", PyType.OBJECT, (PyType.Constructor) null);
        private static final PyType VALUES_TYPE = new PyType("dict_values", PyType.OBJECT, (PyType.Constructor) null);
        private static final PyType ITEMS_TYPE = new PyType("dict_items", PyType.OBJECT, (PyType.Constructor) null);

        private final PyDict dict;
        private final Kind kind;

        public View(PyDict dict, Kind kind) {
            this.dict = dict;
            this.kind = kind;
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

        @Override
        public PyObject iter() {
            java.util.Iterator<PyObject> it = switch (kind) {
                case KEYS -> dict.map.keySet().iterator();
                case VALUES -> dict.map.values().iterator();
                case ITEMS -> dict.map.entrySet().stream()
                        .map(e -> (PyObject) PyTuple.of(e.getKey(), e.getValue())).iterator();
            };
            return new PyIterator.OverCollection(dict, it, false);
        }

        @Override
        public boolean contains(PyObject item) {
            return switch (kind) {
                case KEYS -> dict.map.containsKey(item);
                case VALUES -> super.contains(item);
                case ITEMS -> item instanceof PyTuple t && t.size() == 2 && dict.map.containsKey(t.get(0))
                        && Ops.eq(dict.map.get(t.get(0)), t.get(1));
            };
        }

        @Override
        public String repr() {
            return type().name() + "(" + PyList.fromIterable(this).repr() + ")";
        }

        @Override
        public boolean pyEquals(PyObject other) {
            return this == other;
        }
    }
}
