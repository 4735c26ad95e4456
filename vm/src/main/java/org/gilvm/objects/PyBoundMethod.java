package org.gilvm.objects;

/** A Python function bound to an instance: calling it passes the instance as the first argument. */
public final class PyBoundMethod extends PyObject {
    public static final PyType TYPE = new PyType("method", PyType.OBJECT, (PyType.Constructor) null);

    private final PyObject self;
    private final PyObject function;

    public PyBoundMethod(PyObject self, PyObject function) {
        this.self = self;
        this.function = function;
    }

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
            case "__self__" -> self;
            case "__func__" -> function;
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
