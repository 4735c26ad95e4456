package org.gilvm.objects;

import org.gilvm.bytecode.Code;
import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;
import org.gilvm.interp.Interpreter;

/** A function defined by a program: its code, its module, its defaults and its closure. */
public final class PyFunction extends LockableObject {
    public static final PyType TYPE = new PyType("function", PyType.OBJECT, (PyType.Constructor) null);

    private final Code code;
    private final PyModule module;
    /** Values of the last {@code defaults.length} parameters when not given; never null (borrowed when read). */
    private final PyObject[] defaults;
    /** Cells for {@code code.freevars}, in order; never null. */
    private final PyCell[] closure;
    /** Defaults of keyword-only parameters by name, or null (owned). */
    private PyDict kwdefaults;
    /**
     * Attributes a program sets on the function ({@code f.calls = 0}), made on first use (inside the
     * function's section, so two threads cannot both make one); owned, or null. The dict locks itself.
     */
    private volatile PyDict dict;

    /** Holds new references to every default and every closure cell (the arrays become the function's). */
    public PyFunction(Code code, PyModule module, PyObject[] defaults, PyCell[] closure) {
        this.code = code;
        this.module = module;
        this.defaults = defaults;
        this.closure = closure;
        for (PyObject d : defaults) {
            RefCount.incref(d);
        }
        for (PyCell c : closure) {
            RefCount.incref(c);
        }
    }

    @Override
    public void traverse(RefVisitor v) {
        for (PyObject d : defaults) {
            v.visit(d);
        }
        for (PyCell c : closure) {
            v.visit(c);
        }
        if (kwdefaults != null) {
            v.visit(kwdefaults);
        }
        if (dict != null) {
            v.visit(dict);
        }
    }

    /**
     * CPython's func_clear order: the defaults, the keyword-only defaults, then the closure. The
     * defaults and the closure are tuples in CPython, freed last to first. The arrays are emptied
     * first.
     */
    @Override
    protected void releaseReferences() {
        // The defaults go last to first, then the keyword defaults; until its turn the dict stays
        // pinned (releaseInOrder), since a default's __del__ may run an audit.
        PyObject[] taken = new PyObject[defaults.length + 1];
        for (int i = 0; i < defaults.length; i++) {
            taken[i] = defaults[defaults.length - 1 - i];
        }
        java.util.Arrays.fill(defaults, null);
        taken[defaults.length] = kwdefaults;
        kwdefaults = null;
        RefCount.releaseInOrder(taken, taken.length);
        PyDict attributes = dict;
        dict = null;
        RefCount.xdecref(attributes);
        releaseLastToFirst(closure);
    }

    private static void releaseLastToFirst(PyObject[] refs) {
        PyObject[] taken = new PyObject[refs.length];
        for (int i = 0; i < refs.length; i++) {
            taken[i] = refs[refs.length - 1 - i];
        }
        java.util.Arrays.fill(refs, null);
        RefCount.releaseInOrder(taken, taken.length);
    }

    public Code code() {
        return code;
    }

    public PyModule module() {
        return module;
    }

    public PyObject[] defaults() {
        return defaults;
    }

    /** Keyword-only defaults (borrowed), or null. */
    public PyDict kwdefaults() {
        return kwdefaults;
    }

    /** Sets the keyword-only defaults (MAKE_FUNCTION flag 2), taking a new reference. */
    public void setKwdefaults(PyDict d) {
        kwdefaults = RefCount.newRef(d);
    }

    public PyCell[] closure() {
        return closure;
    }

    public String name() {
        return code.name;
    }

    public String qualname() {
        return code.qualname;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject bindTo(PyObject instance) {
        return new PyBoundMethod(instance, this);
    }

    @Override
    public PyObject call(PyObject[] args, int off, int nargs, String[] kwnames) {
        return Interpreter.callFunction(this, args, off, nargs, kwnames);
    }

    @Override
    public PyObject getAttr(String name) {
        return switch (name) {
            case "__name__" -> PyStr.of(code.name);
            case "__qualname__" -> PyStr.of(code.qualname);
            case "__module__" -> PyStr.of(module.name());
            case "__code__" -> RefCount.newRef(code);
            case "__defaults__" -> defaults.length == 0 ? PyNone.NONE : PyTuple.of(defaults);
            case "__kwdefaults__" -> kwdefaults == null ? PyNone.NONE : RefCount.newRef(kwdefaults);
            case "__dict__" -> RefCount.newRef(attributes());
            default -> {
                PyDict d = dict;
                PyObject v = d == null ? null : d.getNewRef(PyStr.of(name));
                yield v != null ? v : super.getAttr(name);
            }
        };
    }

    private PyDict attributes() {
        try (CriticalSection cs = CriticalSection.enter(this)) {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if (name.startsWith("__") && name.endsWith("__")) {
            super.setAttr(name, value);
            return;
        }
        attributes().put(PyStr.of(name), value);
    }

    @Override
    public void delAttr(String name) {
        PyDict d = dict;
        PyObject old = d == null ? null : d.remove(PyStr.of(name));
        if (old == null) {
            throw Errors.noAttribute(this, name);
        }
        RefCount.decref(old);
    }

    @Override
    public String repr() {
        return "<function " + code.qualname + " at 0x" + Long.toHexString(id()) + ">";
    }
}
