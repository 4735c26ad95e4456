package org.gilvm.interp;

import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyExceptionTypes;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyType;

/**
 * A coroutine: what calling an {@code async def} makes (CPython's PyCoroObject). It is run by
 * whoever awaits it, one step per {@code send()}, through the SEND loop of each {@code await} up
 * the chain, down to an event loop written in Python that drives the outermost one with
 * {@code send(None)} and {@code throw()}. It is no iterator: {@code await} takes it as it is, and
 * {@code __await__()} gives an iterator over it for code that wants one ({@link Wrapper}).
 *
 * <p>A coroutine can be run once: sending to one that has completed is "cannot reuse already
 * awaited coroutine". One that dies without ever being started prints CPython's
 * {@code RuntimeWarning: coroutine '...' was never awaited} ({@link Warnings}), at the moment its
 * count reaches zero; one that dies suspended is closed.
 */
public final class PyCoroutine extends GeneratorBase {
    public static final PyType TYPE = new PyType("coroutine", PyType.OBJECT, (t, a) -> {
        throw Errors.typeError("cannot create 'coroutine' instances");
    });

    PyCoroutine(Frame frame, String qualname) {
        super(frame, qualname);
    }

    @Override
    String kind() {
        return "coroutine";
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<coroutine object " + qualname + " at 0x" + Long.toHexString(id()) + ">";
    }

    public String qualname() {
        return qualname;
    }

    /** A completed coroutine cannot run again; what was thrown in becomes the error's context. */
    @Override
    PyObject resumeCompleted(PyBaseException thrown) {
        PyBaseException error = PyExceptionTypes.make(PyExceptionTypes.RUNTIME_ERROR,
                "cannot reuse already awaited coroutine");
        if (thrown != null) {
            error.setContext(thrown);
            RefCount.decref(thrown);
        }
        throw new PyException(error);
    }

    /** Whether it is suspended inside an await (for "coroutine is being awaited already"). */
    boolean isAwaiting() {
        return delegate() != null;
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject a = attribute(name, "cr_", "await");
        return a != null ? a : super.getAttr(name);
    }

    // ------------------------------------------------------------------ never awaited

    /** Never started, or suspended: something must happen before it dies (a warning, or close()). */
    @Override
    protected boolean hasFinalizer() {
        return state == State.CREATED || state == State.SUSPENDED;
    }

    @Override
    protected void runFinalizer() {
        if (state == State.CREATED) {
            Warnings.coroutineNeverAwaited(this);
            return;
        }
        super.runFinalizer();
    }

    // ------------------------------------------------------------------ methods

    static {
        method("send", (self, a) -> self.send(a.exactlyOne().get(0)));
        method("throw", (self, a) -> self.yieldedOrStop(self.throwIn(thrownException(a.noKeywords().between(1, 3)))));
        method("close", (self, a) -> {
            a.noKeywords().between(0, 0);
            self.close();
            return PyNone.NONE;
        });
        method("__await__", (self, a) -> {
            a.noKeywords().between(0, 0);
            return new Wrapper(self);
        });
    }

    private static void method(String name, PyBuiltinFunction.TypedBody<PyCoroutine> body) {
        PyBuiltinFunction.define(TYPE, PyCoroutine.class, name, body);
    }

    /**
     * {@code coro.__await__()}: an iterator over the coroutine (CPython's coroutine_wrapper), for
     * code that drives an awaitable as an iterator. SEND looks through it to the coroutine.
     */
    static final class Wrapper extends PyObject implements Delegate {
        static final PyType TYPE = new PyType("coroutine_wrapper", PyType.OBJECT, (t, a) -> {
            throw Errors.typeError("cannot create 'coroutine_wrapper' instances");
        });

        /** Owned; never null (a dying wrapper keeps it until it lets go in {@link #releaseReferences}). */
        PyCoroutine coroutine;

        Wrapper(PyCoroutine coroutine) {
            this.coroutine = RefCount.newRef(coroutine);
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject iter() {
            return RefCount.newRef(this);
        }

        @Override
        public PyObject next() {
            PyObject yielded = coroutine.resume(PyNone.NONE, null);
            if (yielded == null) {
                RefCount.decref(coroutine.takeReturned());
            }
            return yielded;
        }

        @Override
        public PyObject send(PyObject value) {
            return coroutine.send(value);
        }

        @Override
        public PyObject throwInto(PyBaseException exc) {
            return coroutine.yieldedOrStop(coroutine.throwIn(exc));
        }

        @Override
        public void closeIt() {
            coroutine.close();
        }

        @Override
        public void traverse(RefVisitor v) {
            if (coroutine != null) {
                v.visit(coroutine);
            }
        }

        @Override
        protected void releaseReferences() {
            PyCoroutine c = coroutine;
            coroutine = null;
            RefCount.xdecref(c);
        }

        static {
            wrapperMethod("send", (self, a) -> self.send(a.exactlyOne().get(0)));
            wrapperMethod("__next__", (self, a) -> self.send(PyNone.NONE));
            wrapperMethod("__iter__", (self, a) -> RefCount.newRef(self));
            wrapperMethod("throw", (self, a) -> self.throwInto(thrownException(a.noKeywords().between(1, 3))));
            wrapperMethod("close", (self, a) -> {
                a.noKeywords().between(0, 0);
                self.closeIt();
                return PyNone.NONE;
            });
        }

        private static void wrapperMethod(String name, PyBuiltinFunction.TypedBody<Wrapper> body) {
            PyBuiltinFunction.define(TYPE, Wrapper.class, name, body);
        }
    }
}
