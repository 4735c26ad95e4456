package org.gilvm.objects;

import java.util.LinkedHashMap;
import java.util.Map;

/** An instance of a class defined by a program: its class and its own attributes. */
public class PyInstance extends PyObject {
    private final PyType cls;
    private final Map<String, PyObject> attrs = new LinkedHashMap<>();

    public PyInstance(PyType cls) {
        this.cls = cls;
    }

    @Override
    public PyType type() {
        return cls;
    }

    public Map<String, PyObject> attrs() {
        return attrs;
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject own = attrs.get(name);
        if (own != null) {
            return own;
        }
        if (name.equals("__class__")) {
            return cls;
        }
        if (name.equals("__dict__")) {
            PyDict d = new PyDict();
            attrs.forEach((k, v) -> d.put(PyStr.of(k), v));
            return d;
        }
        PyObject found = cls.lookup(name);
        if (found != null) {
            return found.bindTo(this);
        }
        throw Errors.noAttribute(this, name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if (value == null) {
            if (attrs.remove(name) == null) {
                throw Errors.noAttribute(this, name);
            }
        } else {
            attrs.put(name, value);
        }
    }

    /** Calls the dunder {@code name} defined by the class, or returns null when there is none. */
    protected PyObject callDunder(String name, PyObject... args) {
        PyObject method = cls.isBuiltin() ? null : cls.lookup(name);
        if (method == null || method instanceof PyBuiltinFunction) {
            return null;
        }
        return Call.withSelf(method, this, args, 0, args.length, null);
    }

    @Override
    public String repr() {
        PyObject r = callDunder("__repr__");
        if (r == null) {
            return "<" + moduleQualifiedName() + " object at 0x" + Long.toHexString(id()) + ">";
        }
        if (!(r instanceof PyStr s)) {
            throw Errors.typeError("__repr__ returned non-string (type " + r.type().name() + ")");
        }
        return s.value();
    }

    @Override
    public String str() {
        PyObject r = callDunder("__str__");
        if (r == null) {
            return repr();
        }
        if (!(r instanceof PyStr s)) {
            throw Errors.typeError("__str__ returned non-string (type " + r.type().name() + ")");
        }
        return s.value();
    }

    private String moduleQualifiedName() {
        PyObject module = cls.getAttr("__module__");
        return ((PyStr) module).value() + "." + cls.name();
    }
}
