package org.gilvm.objects;

/** A module: a name and its globals. */
public final class PyModule extends PyObject {
    public static final PyType TYPE = new PyType("module", PyType.OBJECT, (PyType.Constructor) null);

    private final String name;
    private final Namespace globals;

    /** Modules live as long as the VM: immortal; their globals are roots of the audit. */
    public PyModule(String name) {
        super(true);
        this.name = name;
        this.globals = new Namespace();
        globals.put("__name__", PyStr.of(name));
    }

    public String name() {
        return name;
    }

    public Namespace globals() {
        return globals;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject getAttr(String attr) {
        PyObject v = globals.get(attr);
        if (v == null) {
            throw Errors.noAttribute(this, attr);
        }
        return org.gilvm.heap.RefCount.newRef(v);
    }

    @Override
    public void setAttr(String attr, PyObject value) {
        if (value == null && globals.get(attr) == null) {
            throw Errors.noAttribute(this, attr);
        }
        globals.put(attr, value == null ? null : org.gilvm.heap.RefCount.newRef(value)); // the caller's stays the caller's
    }

    @Override
    public String repr() {
        return name.equals("sys") || name.equals("builtins") ? "<module '" + name + "' (built-in)>"
                : "<module '" + name + "'>";
    }
}
