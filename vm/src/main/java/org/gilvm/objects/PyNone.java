package org.gilvm.objects;

/** {@code None}: immortal, one instance. */
public final class PyNone extends PyObject {
    public static final PyType TYPE = new PyType("NoneType", PyType.OBJECT, (t, a) -> {
        a.noneExpected("NoneType");
        return PyNone.NONE;
    });
    public static final PyNone NONE = new PyNone();

    private PyNone() {
        super(true);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "None";
    }

    @Override
    public boolean isTrue() {
        return false;
    }

    @Override
    public long hash() {
        return 0xFCA86420L >>> 4; // any fixed value: CPython's is its address
    }
}
