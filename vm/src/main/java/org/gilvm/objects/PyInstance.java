package org.gilvm.objects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;
import org.gilvm.interp.PyException;

/**
 * An instance of a class defined by a program: its class and its own attributes. It owns a
 * reference to its class and to each attribute value.
 */
public class PyInstance extends PyObject {
    private final PyType cls;
    private final Map<String, PyObject> attrs = new LinkedHashMap<>();

    public PyInstance(PyType cls) {
        this.cls = cls;
        RefCount.incref(cls);
    }

    @Override
    /** The attributes in shared-key order, then the class, as CPython's subtype_traverse. */
    public void traverse(RefVisitor v) {
        if (attrs.size() > 0) {
            for (String key : cls.sharedKeys()) {
                PyObject value = attrs.get(key);
                if (value != null) {
                    v.visit(value);
                }
            }
        }
        v.visit(cls);
    }

    /**
     * Drops the attributes in the order of the class's shared keys (the order attribute names were
     * first set on any instance, as CPython 3.11's key-sharing dicts keep them), then the class.
     */
    @Override
    protected void releaseReferences() {
        List<PyObject> refs = new ArrayList<>();
        takeOwned(refs);
        refs.add(cls);
        RefCount.releaseInOrder(refs.toArray(new PyObject[0]), refs.size());
    }

    /** The collector's clear drops the attributes only; the class goes when the instance dies. */
    @Override
    protected void clearForCollector() {
        List<PyObject> refs = new ArrayList<>();
        takeOwned(refs);
        RefCount.releaseInOrder(refs.toArray(new PyObject[0]), refs.size());
    }

    /** Moves the references this instance owns (but its class) into {@code into}, in release order. */
    protected void takeOwned(List<PyObject> into) {
        for (String key : cls.sharedKeys()) {
            PyObject v = attrs.remove(key);
            if (v != null) {
                into.add(v);
            }
        }
        into.addAll(attrs.values());
        attrs.clear();
    }

    @Override
    protected boolean hasFinalizer() {
        return !cls.isBuiltin() && cls.lookup("__del__") instanceof PyFunction;
    }

    /** Runs {@code __del__}; an exception in it is printed as CPython prints it, and goes no further. */
    @Override
    protected void runFinalizer() {
        PyObject del = cls.lookup("__del__");
        try {
            RefCount.decref(Call.withSelf(del, this, new PyObject[0], 0, 0, null));
        } catch (PyException e) {
            org.gilvm.interp.ThreadState.current().vm.printUnraisable(e, "Exception ignored in: " + del.repr());
        }
    }

    @Override
    public PyType type() {
        return cls;
    }

    /** The attributes (borrowed). */
    public Map<String, PyObject> attrs() {
        return attrs;
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject own = attrs.get(name);
        if (own != null) {
            return RefCount.newRef(own);
        }
        if (name.equals("__class__")) {
            return RefCount.newRef(cls);
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

    /** Stores a new reference to {@code value} (null deletes), then drops the old value. */
    @Override
    public void setAttr(String name, PyObject value) {
        PyObject old;
        if (value == null) {
            old = attrs.remove(name);
            if (old == null) {
                throw Errors.noAttribute(this, name);
            }
        } else {
            RefCount.incref(value);
            old = attrs.put(name, value);
            if (old == null) {
                cls.noteAttributeName(name);
            }
        }
        RefCount.xdecref(old);
    }

    /** Calls the dunder {@code name} defined by the class, or returns null when there is none. */
    protected PyObject callDunder(String name, PyObject... args) {
        PyObject method = cls.isBuiltin() ? null : cls.lookup(name);
        if (method == null || method instanceof PyBuiltinFunction) {
            return null;
        }
        return Call.withSelf(method, this, args, 0, args.length, null);
    }

    /** {@link #callDunder} for a string result (__str__, __repr__): the result's reference is dropped here. */
    private PyObject callStringDunder(String name) {
        PyObject r = callDunder(name);
        if (r != null) {
            RefCount.decref(r);
        }
        return r;
    }

    @Override
    public String repr() {
        PyObject r = callStringDunder("__repr__");
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
        PyObject r = callStringDunder("__str__");
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
