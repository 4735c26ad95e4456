package org.gilvm.interp;

import org.gilvm.bytecode.Code;
import org.gilvm.heap.RefCount;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyType;

/**
 * A generator: the suspended frame of a function whose body yields, driven as an iterator
 * ({@code next()}, {@code for}) or by {@code send()}; the machinery is {@link GeneratorBase}'s.
 *
 * <p>One made by a function that {@code types.coroutine} marked ({@link Code#iterableCoroutine})
 * is also awaitable, as CPython's generator-based coroutines are.
 */
public final class PyGenerator extends GeneratorBase {
    public static final PyType TYPE = new PyType("generator", PyType.OBJECT, (t, a) -> {
        throw Errors.typeError("cannot create 'generator' instances");
    });

    PyGenerator(Frame frame, String qualname) {
        super(frame, qualname);
    }

    @Override
    String kind() {
        return "generator";
    }

    /** Whether {@code await} accepts it: its function was marked by {@code types.coroutine}. */
    public boolean isIterableCoroutine() {
        return code.iterableCoroutine;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<generator object " + qualname + " at 0x" + Long.toHexString(id()) + ">";
    }

    /** {@code iter(g)} is {@code g}. */
    @Override
    public PyObject iter() {
        return RefCount.newRef(this);
    }

    /** The runtime's iteration (for loops, list(), ...): null when exhausted; the return value is dropped. */
    @Override
    public PyObject next() {
        PyObject yielded = resume(PyNone.NONE, null);
        if (yielded == null) {
            RefCount.decref(takeReturned());
        }
        return yielded;
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject a = attribute(name, "gi_", "yieldfrom");
        return a != null ? a : super.getAttr(name);
    }

    // ------------------------------------------------------------------ methods

    static {
        method("send", (self, a) -> self.send(a.exactlyOne().get(0)));
        method("__next__", (self, a) -> self.send(PyNone.NONE));
        method("__iter__", (self, a) -> RefCount.newRef(self));
        method("throw", (self, a) -> self.yieldedOrStop(self.throwIn(thrownException(a.noKeywords().between(1, 3)))));
        method("close", (self, a) -> {
            a.noKeywords().between(0, 0);
            self.close();
            return PyNone.NONE;
        });
    }

    private static void method(String name, PyBuiltinFunction.TypedBody<PyGenerator> body) {
        PyBuiltinFunction.define(TYPE, PyGenerator.class, name, body);
    }
}
