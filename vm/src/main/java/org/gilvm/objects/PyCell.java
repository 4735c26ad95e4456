package org.gilvm.objects;

import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;

/** A variable shared between a function and the functions nested in it. */
public final class PyCell extends PyObject {
    public static final PyType TYPE = new PyType("cell", PyType.OBJECT, (PyType.Constructor) null);

    /** The contents (borrowed when read), or null while empty; the cell owns a reference. */
    public volatile PyObject value;

    /** A cell holding a new reference to {@code value} (null: empty). */
    public PyCell(PyObject value) {
        this.value = value;
        RefCount.xincref(value);
    }

    /** Stores {@code newValue} (null empties the cell), taking over the caller's reference; then drops the old one. */
    public void set(PyObject newValue) {
        PyObject old;
        if (CriticalSection.active()) {
            synchronized (this) { // see newReference
                old = value;
                value = newValue;
            }
        } else {
            old = value;
            value = newValue;
        }
        RefCount.xdecref(old);
    }

    /**
     * The contents with a new reference, or null while empty: LOAD_DEREF's read. Without the GIL
     * the read and the incref happen under the cell's lock, which a store takes too, so another
     * thread's store cannot free the value in between (as for globals, Namespace.newReference).
     */
    public PyObject newReference() {
        if (!CriticalSection.active()) {
            PyObject v = value;
            RefCount.xincref(v);
            return v;
        }
        synchronized (this) {
            PyObject v = value;
            RefCount.xincref(v);
            return v;
        }
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
