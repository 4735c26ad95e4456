package org.gilvm.objects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gilvm.heap.Mutator;
import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;
import org.gilvm.interp.PyException;

/**
 * A class: a built-in type such as {@code int}, or a class defined by a program. Attributes live in
 * {@link #dict}; lookup walks the single-inheritance chain of bases.
 *
 * <p>Without the GIL, the attribute map and the shared keys are copied on write: every method call
 * reads a class's map, so readers take no lock (a per-class lock would make threads calling methods
 * of one class queue on it), and a writer, holding the class's {@link CriticalSection} against other
 * writers, changes a copy and publishes it. With the GIL on (sections off) nobody reads while a
 * writer writes, and the maps are changed in place.
 */
public final class PyType extends LockableObject {
    /** Makes instances when a built-in type is called; null for classes defined by a program. */
    @FunctionalInterface
    public interface Constructor {
        PyObject construct(PyType type, Args args);
    }

    public static final PyType OBJECT = new PyType("object", null, (t, a) -> {
        a.noneExpected("object");
        return new PyInstance(t);
    });
    public static final PyType TYPE = new PyType("type", OBJECT, (t, a) -> {
        if (a.size() == 1 && a.kwSize() == 0) {
            return RefCount.newRef(a.get(0).type());
        }
        throw Errors.typeError("type() takes 1 or 3 arguments");
    });

    private final String name;
    private final PyType base;
    private final Constructor constructor;
    /** Never changed once another thread may read it while sections are on (see the class comment). */
    private volatile Map<String, PyObject> dict;
    private final boolean builtin;
    private final String moduleName;

    /** A built-in type: immortal, like CPython's static types. */
    public PyType(String name, PyType base, Constructor constructor) {
        this(name, "builtins", base, constructor);
    }

    /** A built-in type of another built-in module ({@code io.UnsupportedOperation}). */
    public PyType(String name, String moduleName, PyType base, Constructor constructor) {
        super(true);
        this.name = name;
        this.base = base;
        this.constructor = constructor;
        this.builtin = true;
        this.moduleName = moduleName;
        this.dict = new LinkedHashMap<>();
    }

    public String moduleName() {
        return moduleName;
    }

    /** The name tracebacks print: qualified by its module unless that is builtins or __main__. */
    public String displayName() {
        return moduleName.equals("builtins") || moduleName.equals("__main__") ? name : moduleName + "." + name;
    }

    /** A class defined by a {@code class} statement in module {@code moduleName}. */
    private PyType(String name, PyType base, Map<String, PyObject> namespace, String moduleName) {
        this.name = name;
        this.base = base;
        this.constructor = null;
        this.builtin = false;
        this.moduleName = moduleName;
        this.dict = new LinkedHashMap<>(namespace);
    }

    /**
     * A class made by a {@code class} statement: it takes over the references in
     * {@code namespace} (the class body's variables) and holds a new one to its base.
     */
    public static PyType newClass(String name, PyType base, Map<String, PyObject> namespace, String moduleName) {
        RefCount.incref(base);
        return new PyType(name, base, namespace, moduleName);
    }

    /**
     * Attribute names in the order they were first set on any instance (CPython's shared keys);
     * copied on write, as {@link #dict}.
     */
    private volatile Set<String> sharedKeys = new LinkedHashSet<>();
    /**
     * What is left of the shared keys' room (CPython 3.11's {@code dk_usable}): it starts at
     * SHARED_KEYS_MAX_SIZE, and each new instance ({@code init_inline_values}, down to 1) and each
     * new key take one. A key that finds no room is not shared: the instance then gets a dict of
     * its own ({@link PyInstance}). Without the GIL the count may lose an update, which only moves
     * that point.
     */
    private int sharedKeysRoom = SHARED_KEYS_MAX_SIZE;
    private static final int SHARED_KEYS_MAX_SIZE = 30;

    Set<String> sharedKeys() {
        return sharedKeys;
    }

    /** An instance is made: it takes one from the shared keys' room, as CPython's init_inline_values. */
    void noteInstanceMade() {
        if (sharedKeysRoom > 1) {
            sharedKeysRoom--;
        }
    }

    /** An instance set {@code attr} for the first time; returns whether the name is a shared key. */
    boolean noteAttributeName(String attr) {
        if (sharedKeys.contains(attr)) {
            return true;
        }
        try (CriticalSection cs = CriticalSection.enter(this)) {
            if (sharedKeys.contains(attr)) {
                return true;
            }
            if (sharedKeysRoom <= 0) {
                return false;
            }
            Set<String> keys = cs == null ? sharedKeys : new LinkedHashSet<>(sharedKeys);
            keys.add(attr);
            sharedKeys = keys;
            sharedKeysRoom--;
            return true;
        }
    }

    @Override
    public void traverse(RefVisitor v) {
        dict.values().forEach(v::visit);
        if (base != null) {
            v.visit(base);
        }
    }

    /** A class defined by the program drops its attributes in definition order, then its base. */
    @Override
    protected void releaseReferences() {
        clearForCollector();
        if (base != null) {
            RefCount.decref(base);
        }
    }

    @Override
    protected void clearForCollector() {
        Map<String, PyObject> old;
        try (CriticalSection cs = CriticalSection.enter(this)) {
            old = dict;
            dict = new LinkedHashMap<>();
        }
        PyObject[] values = old.values().toArray(new PyObject[0]);
        RefCount.releaseInOrder(values, values.length);
    }

    public String name() {
        return name;
    }

    public PyType base() {
        return base;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    /** The attributes defined by this class itself (not its bases), BORROWED and read-only. */
    public Map<String, PyObject> dict() {
        return dict;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Finds an attribute on this class or its bases, or null. */
    public PyObject lookup(String attr) {
        for (PyType t = this; t != null; t = t.base) {
            PyObject v = t.dict.get(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    public boolean isSubtypeOf(PyType other) {
        for (PyType t = this; t != null; t = t.base) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** The nearest built-in type this class derives from: it decides what instances are made of. */
    public PyType builtinBase() {
        PyType t = this;
        while (!t.builtin) {
            t = t.base;
        }
        return t;
    }

    /** Stores a built-in type's attribute, which the VM owns: nothing is counted. */
    public void define(String attr, PyObject value) {
        store(attr, value);
    }

    /**
     * Stores (or with null, removes) an attribute and returns the old value, for the caller to
     * drop. While sections are on it changes a copy of the map, which it then publishes.
     */
    private PyObject store(String attr, PyObject value) {
        try (CriticalSection cs = CriticalSection.enter(this)) {
            Map<String, PyObject> d = cs == null ? dict : new LinkedHashMap<>(dict);
            PyObject old = value == null ? d.remove(attr) : d.put(attr, value);
            if (d != dict) {
                dict = d;
            }
            return old;
        }
    }

    @Override
    public PyObject getAttr(String attr) {
        switch (attr) {
            case "__name__", "__qualname__":
                return PyStr.of(name);
            case "__module__":
                return PyStr.of(moduleName);
            case "__base__":
                return base == null ? PyNone.NONE : RefCount.newRef(base);
            default:
                break;
        }
        PyObject v = lookup(attr);
        if (v == null) {
            throw Errors.attributeError("type object '" + name + "' has no attribute '" + attr + "'");
        }
        return v.bindToClass(this);
    }

    @Override
    public void setAttr(String attr, PyObject value) {
        if (builtin) {
            throw Errors.typeError("cannot set '" + attr + "' attribute of immutable type '" + name + "'");
        }
        if (value != null) {
            RefCount.incref(value);
        }
        PyObject old = store(attr, value);
        if (value == null && old == null) {
            throw Errors.attributeError("type object '" + name + "' has no attribute '" + attr + "'");
        }
        // Store first, then decref: the old value's __del__ may look at the class.
        RefCount.xdecref(old);
    }

    @Override
    public PyObject call(PyObject[] args, int off, int nargs, String[] kwnames) {
        PyType maker = builtinBase();
        if (maker.constructor == null) {
            throw Errors.typeError("cannot create '" + name + "' instances");
        }
        if (builtin) {
            return constructor.construct(this, new Args(name, args, off, nargs, kwnames));
        }
        PyObject instance;
        if (maker == OBJECT) {
            instance = new PyInstance(this);
        } else if (maker.isSubtypeOf(PyExceptionTypes.BASE_EXCEPTION)) {
            // CPython's BaseException_new keeps the call's positional arguments as args: a tuple
            // made before the instance (whether or not an __init__ of the program's replaces it).
            PyObject[] positional = new PyObject[nargs];
            System.arraycopy(args, off, positional, 0, nargs);
            PyTuple argsTuple = PyTuple.of(positional);
            PyBaseException e = (PyBaseException) maker.constructor.construct(this, Args.EMPTY);
            e.setArgs(argsTuple);
            instance = e;
        } else {
            instance = maker.constructor.construct(this, Args.EMPTY);
        }
        // This method holds the new instance while __init__ runs: pinned, so an audit there sees it.
        Mutator ts = Mutator.current();
        int mark = ts.pin(instance);
        try {
            initialize(maker, instance, args, off, nargs, kwnames);
        } catch (PyException e) {
            ts.unpin(mark);
            RefCount.decref(instance);
            throw e;
        }
        ts.unpin(mark);
        return instance;
    }

    private void initialize(PyType maker, PyObject instance, PyObject[] args, int off, int nargs, String[] kwnames) {
        PyObject init = lookup("__init__");
        if (init != null && !(init instanceof PyBuiltinFunction)) {
            PyObject result = Call.withSelf(init, instance, args, off, nargs, kwnames);
            RefCount.decref(result);
            if (result != PyNone.NONE) {
                throw Errors.typeError("__init__() should return None, not '" + result.type().name() + "'");
            }
        } else if (maker == OBJECT && nargs + (kwnames == null ? 0 : kwnames.length) > 0) {
            throw Errors.typeError(name + "() takes no arguments");
        } else if (maker != OBJECT) {
            maker.initBuiltinPart(instance, new Args(name, args, off, nargs, kwnames));
        }
    }

    /**
     * For a program's subclass of a built-in type without an {@code __init__} of its own: the
     * built-in part's. An exception's (BaseException_init) takes no keywords and keeps the args
     * the instance was made with.
     */
    private void initBuiltinPart(PyObject instance, Args args) {
        if (instance instanceof PyBaseException) {
            args.noKeywords();
        }
    }

    @Override
    public String repr() {
        return moduleName.equals("builtins") ? "<class '" + name + "'>" : "<class '" + moduleName + "." + name + "'>";
    }

    @Override
    public long hash() {
        return id() >>> 4;
    }
}
