package org.gilvm.objects;

import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;

/** A variable shared between a function and the functions nested in it. */
public final class PyCell extends PyObject {
    public static final PyType TYPE = new PyType("cell", PyType.OBJECT, (PyType.Constructor) null);

    /** The contents (borrowed when read), or null while empty; the cell owns a reference. */
    public PyObject value;

    /** A cell holding a new reference to {@code value} (null: empty). */
    public PyCell(PyObject value) {
        this.value = value;
        RefCount.xincref(value);
    }

    /** Stores {@code newValue} (null empties the cell), taking over the caller's reference; then drops the old one. */
    public void set(PyObject newValue) {
        PyObject old = value;
        value = newValue;
        RefCount.xdecref(old);
    }

    @Override
    public void traverse(RefVisitor v) {
        if (value != null) {
            v.visit(value);
        }
    }

    @Override
    protected void releaseReferences() {
        set(null);
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
