package org.gilvm.objects;

/** Helpers for calls made from Java (dunders, bound methods, built-ins that take callables). */
public final class Call {
    private Call() { }

    /** {@code f(self, *args)}. */
    public static PyObject withSelf(PyObject f, PyObject self, PyObject[] args, int off, int nargs, String[] kwnames) {
        if (f instanceof PyBuiltinFunction b && b.isUnboundMethod()) {
            return b.callMethod(self, args, off, nargs, kwnames);
        }
        int total = nargs + (kwnames == null ? 0 : kwnames.length);
        PyObject[] all = new PyObject[total + 1];
        all[0] = self;
        System.arraycopy(args, off, all, 1, total);
        return f.call(all, 0, nargs + 1, kwnames);
    }

    /** {@code f(*args)} with positional arguments only. */
    public static PyObject positional(PyObject f, PyObject... args) {
        return f.call(args, 0, args.length, null);
    }
}
