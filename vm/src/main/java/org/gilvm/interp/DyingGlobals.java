package org.gilvm.interp;

import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;
import org.gilvm.objects.Namespace;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyType;

/**
 * A module's globals at interpreter exit, as the cycle collector sees them. In CPython the
 * {@code __main__} globals dict is in a cycle with the module's functions; at shutdown the module
 * lets go of it and the final collection frees it with everything only it kept alive. gilvm's
 * globals are a root, not an object, so at exit this object stands in for the dict: it holds the
 * globals' references and one reference to itself, which makes it cyclic garbage.
 */
final class DyingGlobals extends PyObject {
    private final Namespace globals;
    private boolean holdsItself = true;

    /** Its initial reference (count 1) is the one it holds to itself. */
    DyingGlobals(Namespace globals) {
        this.globals = globals;
    }

    @Override
    public PyType type() {
        return PyDict.TYPE;
    }

    @Override
    public void traverse(RefVisitor v) {
        globals.forEach((name, value) -> v.visit(value));
        if (holdsItself) {
            v.visit(this);
        }
    }

    /** Clears the globals in dict order, as CPython's dict clear does, then lets go of itself. */
    @Override
    protected void releaseReferences() {
        for (Namespace.Binding b : globals.boundInDictOrder()) {
            b.set(null);
        }
        if (holdsItself) {
            holdsItself = false;
            RefCount.decref(this);
        }
    }
}
