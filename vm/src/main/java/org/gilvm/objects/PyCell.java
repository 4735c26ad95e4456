package org.gilvm.objects;

/** A variable shared between a function and the functions nested in it. */
public final class PyCell extends PyObject {
    public static final PyType TYPE = new PyType("cell", PyType.OBJECT, (PyType.Constructor) null);

    /** The contents, or null while empty. */
    public PyObject value;

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return value == null ? "<cell at 0x" + Long.toHexString(id()) + ": empty>"
                : "<cell at 0x" + Long.toHexString(id()) + ": " + value.type().name() + " object at 0x"
                + Long.toHexString(value.id()) + ">";
    }
}
