package org.gilvm.objects;

/** {@code NotImplemented}: what a binary or comparison dunder returns to let the other operand try. */
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE = new PyType("NotImplementedType", PyType.OBJECT, (PyType.Constructor) null);
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    private PyNotImplemented() {
        super(true);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "NotImplemented";
    }
}
