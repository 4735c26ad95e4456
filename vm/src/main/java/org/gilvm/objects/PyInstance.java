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
 *
 * <p>Without the GIL, the attribute map is read and changed only inside the instance's
 * {@link CriticalSection}; a value read is increfed inside it, a value replaced is decref'd after
 * it. No Python code runs while an instance is locked.
 */
public class PyInstance extends LockableObject {
    private final PyType cls;
    private final Attributes attrs = new Attributes();

    /**
     * The attribute map. Its reads lock the instance themselves, for the callers of {@link #attrs()}
     * (the interpreter's method lookup); this class's own code holds the section around whole steps.
     */
    private final class Attributes extends LinkedHashMap<String, PyObject> {
        @Override
        public PyObject get(Object name) {
            try (CriticalSection cs = CriticalSection.enter(PyInstance.this)) {
                return super.get(name);
            }
        }

        @Override
        public boolean containsKey(Object name) {
            try (CriticalSection cs = CriticalSection.enter(PyInstance.this)) {
                return super.containsKey(name);
            }
        }

        /** {@link #get} without the section, for {@code traverse}: it runs with every other thread stopped. */
        PyObject getUnlocked(String name) {
            return super.get(name);
        }
    }

    /**
     * The instance has a dict of its own: CPython made one when a new attribute name found no room
     * in the class's shared keys. That dict keeps the order in which this instance set its
     * attributes (3.11's split values remember it, and the dict made from them keeps it), as
     * {@link #attrs} does, and its attributes die and are traversed in that order instead of the
     * shared keys' order.
     */
    private boolean ownDict;

    public PyInstance(PyType cls) {
        this.cls = cls;
        RefCount.incref(cls);
        if (!cls.isBuiltin()) {
            cls.noteInstanceMade();
        }
    }

    @Override
    /** The attributes in shared-key order (or its own dict's), then the class, as CPython's subtype_traverse. */
    public void traverse(RefVisitor v) {
        if (ownDict) {
            attrs.values().forEach(v::visit);
        } else if (attrs.size() > 0) {
            for (String key : cls.sharedKeys()) {
                PyObject value = attrs.getUnlocked(key);
                if (value != null) {
                    v.visit(value);
                }
            }
        }
        v.visit(cls);
    }

    /**
     * Drops the attributes in the order of the class's shared keys (the order attribute names were
     * first set on any instance, as CPython 3.11's key-sharing dicts keep them), or of its own dict,
     * then the class.
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
        try (CriticalSection cs = CriticalSection.enter(this)) {
            for (String key : ownDict ? List.<String>of() : cls.sharedKeys()) {
                PyObject v = attrs.remove(key);
                if (v != null) {
                    into.add(v);
                }
            }
            into.addAll(attrs.values());
            attrs.clear();
        }
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

    /** The attributes (borrowed); {@code get} and {@code containsKey} on it are safe without the GIL. */
    public Map<String, PyObject> attrs() {
        return attrs;
    }

    /** A new reference to this instance's own attribute {@code name}, or null. */
    private PyObject ownAttribute(String name) {
        try (CriticalSection cs = CriticalSection.enter(this)) {
            PyObject v = attrs.get(name);
            if (v != null) {
                RefCount.incref(v);
            }
            return v;
        }
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject declared = cls.isBuiltin() ? null : cls.lookup(name);
        if (declared instanceof Descriptors.Property p) {
            return p.bindTo(this); // a data descriptor wins over the instance's own attributes
        }
        PyObject own = ownAttribute(name);
        if (own != null) {
            return own;
        }
        if (name.equals("__class__")) {
            return RefCount.newRef(cls);
        }
        if (name.equals("__dict__")) {
            PyDict d = new PyDict();
            try (CriticalSection cs = CriticalSection.enter(this)) {
                attrs.forEach((k, v) -> d.put(PyStr.of(k), v));
            }
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
        if (!cls.isBuiltin() && cls.lookup(name) instanceof Descriptors.Property p) {
            p.set(this, name, value);
            return;
        }
        PyObject old;
        if (value == null) {
            try (CriticalSection cs = CriticalSection.enter(this)) {
                old = attrs.remove(name);
            }
            if (old == null) {
                throw Errors.noAttribute(this, name);
            }
        } else {
            RefCount.incref(value);
            try (CriticalSection cs = CriticalSection.enter(this)) {
                old = attrs.put(name, value);
            }
            if (old == null && !ownDict && !cls.noteAttributeName(name)) {
                ownDict = true;
            }
        }
        // Store first, then decref: the old value's __del__ may look at the instance.
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

    // ------------------------------------------------------------------ the special methods

    /** The result of special method {@code name}, or null when the class does not define it. */
    private PyObject special(String name, PyObject... args) {
        return Dunders.call(this, name, args);
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject r = special("__getitem__", key);
        return r != null ? r : super.getItem(key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        PyObject r = special("__setitem__", key, value);
        if (r == null) {
            super.setItem(key, value);
        }
        RefCount.decref(r);
    }

    @Override
    public void delItem(PyObject key) {
        PyObject r = special("__delitem__", key);
        if (r == null) {
            super.delItem(key);
        }
        RefCount.decref(r);
    }

    @Override
    public int len() {
        PyObject r = special("__len__");
        if (r == null) {
            return super.len();
        }
        try {
            if (!(r instanceof PyInt n)) {
                throw Errors.typeError("'" + r.type().name() + "' object cannot be interpreted as an integer");
            }
            if (n.signum() < 0) {
                throw Errors.valueError("__len__() should return >= 0");
            }
            if (!n.isSmall() || n.longValue() > Integer.MAX_VALUE) {
                throw Errors.overflow("cannot fit 'int' into an index-sized integer");
            }
            return (int) n.longValue();
        } finally {
            RefCount.decref(r);
        }
    }

    @Override
    public boolean isTrue() {
        PyObject r = special("__bool__");
        if (r != null) {
            RefCount.decref(r);
            if (!(r instanceof PyBool)) {
                throw Errors.typeError("__bool__ should return bool, returned " + r.type().name());
            }
            return r == PyBool.TRUE;
        }
        if (Dunders.method(this, "__len__") != null) {
            return len() != 0;
        }
        return true;
    }

    @Override
    public PyObject iter() {
        PyObject r = special("__iter__");
        if (r == null) {
            if (Dunders.method(this, "__getitem__") != null) {
                return new PyIterator.OverGetItem(this);
            }
            return super.iter();
        }
        // An iterator: a built-in one, or any object whose class has __next__ (a generator, an instance).
        if (!(r instanceof PyIterator) && r.type().lookup("__next__") == null) {
            RefCount.decref(r);
            throw Errors.typeError("iter() returned non-iterator of type '" + r.type().name() + "'");
        }
        return r;
    }

    /** {@code __next__}: StopIteration means exhausted (null), as the runtime's loops expect. */
    @Override
    public PyObject next() {
        try {
            PyObject r = special("__next__");
            return r != null ? r : super.next();
        } catch (PyException e) {
            if (e.isInstance(PyExceptionTypes.STOP_ITERATION)) {
                e.discard();
                return null;
            }
            throw e;
        }
    }

    @Override
    public PyObject call(PyObject[] args, int off, int nargs, String[] kwnames) {
        PyObject method = Dunders.method(this, "__call__");
        if (method == null) {
            return super.call(args, off, nargs, kwnames);
        }
        return Call.withSelf(method, this, args, off, nargs, kwnames);
    }

    @Override
    public boolean contains(PyObject item) {
        PyObject r = special("__contains__", item);
        if (r == null) {
            return super.contains(item);
        }
        boolean truth = r.isTrue();
        RefCount.decref(r);
        return truth;
    }

    /** {@code __hash__}; a class that defines {@code __eq__} without it is unhashable, as in CPython. */
    @Override
    public long hash() {
        if (!cls.isBuiltin() && cls.lookup("__hash__") == PyNone.NONE) {
            throw Errors.unhashable(this);
        }
        PyObject r = special("__hash__");
        if (r == null) {
            return super.hash();
        }
        try {
            if (!(r instanceof PyInt n)) {
                throw Errors.typeError("__hash__ method should return an integer");
            }
            // CPython's slot_tp_hash: a result that fits is the hash (-1 reads as -2); a bigger one is hashed.
            if (n.isSmall()) {
                return n.longValue() == -1 ? -2 : n.longValue();
            }
            return n.hash();
        } finally {
            RefCount.decref(r);
        }
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return Ops.eq(this, other);
    }

    /** As CPython's object_repr: the module, unless it is builtins ({@code <object object at ...>}), then the name. */
    private String moduleQualifiedName() {
        PyObject module = cls.getAttr("__module__");
        String name = ((PyStr) module).value();
        return name.equals("builtins") ? cls.name() : name + "." + cls.name();
    }
}
