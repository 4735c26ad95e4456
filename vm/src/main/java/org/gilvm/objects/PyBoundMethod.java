package org.gilvm.objects;

import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;

/** A Python function bound to an instance: calling it passes the instance as the first argument. */
public final class PyBoundMethod extends PyObject {
    public static final PyType TYPE = new PyType("method", PyType.OBJECT, (PyType.Constructor) null);

    private final PyObject self;
    private final PyObject function;

    /** Holds new references to both. */
    public PyBoundMethod(PyObject self, PyObject function) {
        this.self = self;
        this.function = function;
        RefCount.incref(self);
        RefCount.incref(function);
    }

    @Override
    public void traverse(RefVisitor v) {
        v.visit(function);
        v.visit(self);
    }

    /** CPython's method_dealloc order: the function, then the instance. */
    @Override
    protected void releaseReferences() {
        if (!released) {
            released = true;
            RefCount.releaseInOrder(new PyObject[] {function, self}, 2);
        }
    }

    private boolean released;

    public PyObject self() {
        return self;
    }

    public PyObject function() {
        return function;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, int off, int nargs, String[] kwnames) {
        return Call.withSelf(function, self, args, off, nargs, kwnames);
    }

    @Override
    public PyObject getAttr(String name) {
        return switch (name) {
            case "__self__" -> RefCount.newRef(self);
            case "__func__" -> RefCount.newRef(function);
            default -> function.getAttr(name);
        };
    }

    @Override
    public String repr() {
        String qualname = function instanceof PyFunction f ? f.qualname() : "?";
        return "<bound method " + qualname + " of " + self.repr() + ">";
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return other instanceof PyBoundMethod m && m.self == self && m.function == function;
    }

    @Override
    public long hash() {
        return self.id() ^ function.hash();
    }
}
