package org.gilvm.objects;

/** {@code True} and {@code False}: immortal ints 1 and 0 that print as words. */
public final class PyBool extends PyInt {
    public static final PyType TYPE = new PyType("bool", PyInt.TYPE,
            (t, a) -> a.noKeywords().between(0, 1).size() == 0 ? PyBool.FALSE : PyBool.of(a.get(0).isTrue()));
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(v);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return value != 0 ? "True" : "False";
    }
}
