package org.gilvm.objects;

import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;

/**
 * {@code super()}: attribute lookup that starts after {@code start} in the class chain of
 * {@code self}'s class, binding what it finds to {@code self}. gilvm has single inheritance, so the
 * chain is the bases. Reaching a built-in class, {@code __init__} is the built-in part's
 * initialiser (an exception's {@code args}), as CPython's {@code object.__init__} and
 * {@code BaseException.__init__}.
 */
public final class PySuper extends PyObject {
    public static final PyType TYPE = new PyType("super", PyType.OBJECT, (PyType.Constructor) null);

    private PyType start;
    private PyObject self;

    /** Takes new references to both. */
    public PySuper(PyType start, PyObject self) {
        this.start = RefCount.newRef(start);
        this.self = RefCount.newRef(self);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject getAttr(String name) {
        PyType selfType = self instanceof PyType t ? t : self.type();
        boolean past = false;
        for (PyType t = selfType; t != null; t = t.base()) {
            if (!past) {
                past = t == start;
                continue;
            }
            if (t.isBuiltin() && name.equals("__init__")) {
                return builtinInit(t);
            }
            PyObject found = t.dict().get(name);
            if (found != null) {
                return self instanceof PyType owner ? found.bindToClass(owner) : found.bindTo(self);
            }
        }
        throw Errors.attributeError("'super' object has no attribute '" + name + "'");
    }

    /** {@code super().__init__(...)} reaching a built-in class: exceptions take their args; object takes none. */
    private PyObject builtinInit(PyType builtin) {
        PyObject target = self;
        return PyBuiltinFunction.function("__init__", a -> {
            if (target instanceof PyBaseException e && builtin.isSubtypeOf(PyExceptionTypes.BASE_EXCEPTION)) {
                a.noKeywords();
                e.setArgs(a.positionalTuple());
                return PyNone.NONE;
            }
            if (a.size() + a.kwSize() > 0) {
                throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            return PyNone.NONE;
        });
    }

    @Override
    public void traverse(RefVisitor v) {
        v.visit(start);
        v.visit(self);
    }

    @Override
    protected void releaseReferences() {
        PyObject[] old = {start, self};
        start = PyType.OBJECT;
        self = PyNone.NONE;
        RefCount.releaseInOrder(old, 2);
    }

    @Override
    public String repr() {
        return "<super: <class '" + start.name() + "'>, <" + self.type().name() + " object>>";
    }
}
