package org.gilvm.interp;

import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;
import org.gilvm.objects.Args;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyExceptionTypes;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;

/**
 * An async generator: what calling an {@code async def} whose body yields makes (CPython's
 * PyAsyncGenObject). It is an asynchronous iterator: {@code __anext__()} and {@code asend(v)}
 * return an awaitable ({@link ASend}) that runs the frame to its next {@code yield}, passing up
 * whatever the frame's own awaits yield meanwhile; the value of its {@code yield} is the
 * awaitable's result (a StopIteration carrying it), and the end is StopAsyncIteration.
 * {@code athrow()} and {@code aclose()} are awaitables too ({@link AThrow}).
 *
 * <p>CPython wraps each value of the async generator's own {@code yield} (ASYNC_GEN_WRAP) to tell
 * it from what an await passes through; gilvm reads it off the frame instead: its own yield is
 * YIELD_VALUE 0, an await's is YIELD_VALUE 1 ({@link #atOwnYield}).
 *
 * <p>gilvm has no {@code sys.set_asyncgen_hooks}: one that dies suspended is closed there and
 * then, as CPython does when no event loop installed a finalizer.
 */
public final class PyAsyncGenerator extends GeneratorBase {
    public static final PyType TYPE = new PyType("async_generator", PyType.OBJECT, (t, a) -> {
        throw Errors.typeError("cannot create 'async_generator' instances");
    });

    /** An asend() or athrow() is under way (CPython's ag_running_async). */
    private boolean runningAsync;
    /** aclose() was called, or it finished (ag_closed). */
    private boolean closed;

    PyAsyncGenerator(Frame frame, String qualname) {
        super(frame, qualname);
    }

    @Override
    String kind() {
        return "async generator";
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<async_generator object " + qualname + " at 0x" + Long.toHexString(id()) + ">";
    }

    @Override
    PyException leaving(PyException e) {
        if (e.isInstance(PyExceptionTypes.STOP_ASYNC_ITERATION)) {
            return replaceBy(e, "async generator raised StopAsyncIteration");
        }
        return super.leaving(e);
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject a = attribute(name, "ag_", "await");
        return a != null ? a : super.getAttr(name);
    }

    /**
     * One step for asend() or athrow(): resumes with {@code value} or raises {@code thrown}
     * (owned), then sorts out what came back (CPython's async_gen_unwrap_value): the value of our
     * own yield ends the awaitable with StopIteration(value); the end of the frame is
     * StopAsyncIteration; anything its awaits yield passes through (returned).
     */
    private PyObject step(PyObject value, PyBaseException thrown) {
        PyObject r;
        try {
            r = thrown == null ? resume(value, null) : throwIn(thrown);
        } catch (PyException e) {
            if (e.isInstance(PyExceptionTypes.STOP_ASYNC_ITERATION) || e.isInstance(PyExceptionTypes.GENERATOR_EXIT)) {
                closed = true;
            }
            runningAsync = false;
            throw e;
        }
        return unwrap(r);
    }

    private PyObject unwrap(PyObject r) {
        if (r == null) {
            RefCount.decref(takeReturned());
            closed = true;
            runningAsync = false;
            throw new PyException(new PyBaseException(PyExceptionTypes.STOP_ASYNC_ITERATION));
        }
        if (atOwnYield()) {
            runningAsync = false;
            throw stopIteration(r);
        }
        return r;
    }

    // ------------------------------------------------------------------ methods

    static {
        method("__aiter__", (self, a) -> {
            a.noKeywords().between(0, 0);
            return RefCount.newRef(self);
        });
        method("__anext__", (self, a) -> {
            a.noKeywords().between(0, 0);
            return new ASend(self, PyNone.NONE);
        });
        method("asend", (self, a) -> new ASend(self, a.exactlyOne().get(0)));
        method("athrow", (self, a) -> new AThrow(self, a.noKeywords().between(1, 3).positionalTuple()));
        method("aclose", (self, a) -> {
            a.noKeywords().between(0, 0);
            return new AThrow(self, null);
        });
    }

    private static void method(String name, PyBuiltinFunction.TypedBody<PyAsyncGenerator> body) {
        PyBuiltinFunction.define(TYPE, PyAsyncGenerator.class, name, body);
    }

    /** What the awaitables have in common: they own their generator, and run once (INIT, ITER, then CLOSED). */
    private abstract static class Awaitable extends PyObject implements Delegate {
        static final int INIT = 0;
        static final int ITER = 1;
        static final int CLOSED = 2;

        PyAsyncGenerator gen;
        int state = INIT;

        Awaitable(PyAsyncGenerator gen) {
            this.gen = RefCount.newRef(gen);
        }

        /** Its name in "cannot reuse already awaited ..." ("__anext__()/asend()" or "aclose()/athrow()"). */
        abstract String reuseName();

        final void checkNotClosed() {
            if (state == CLOSED) {
                throw Errors.raise(PyExceptionTypes.RUNTIME_ERROR, "cannot reuse already awaited " + reuseName());
            }
        }

        @Override
        public final PyObject iter() {
            return RefCount.newRef(this);
        }

        /** For iteration from Java: the StopIteration that ends it is the end. */
        @Override
        public final PyObject next() {
            try {
                return send(PyNone.NONE);
            } catch (PyException e) {
                if (!e.isInstance(PyExceptionTypes.STOP_ITERATION)) {
                    throw e;
                }
                e.discard();
                return null;
            }
        }

        @Override
        public final void closeIt() {
            state = CLOSED;
        }

        @Override
        public void traverse(RefVisitor v) {
            if (gen != null) {
                v.visit(gen);
            }
        }

        @Override
        protected void releaseReferences() {
            PyAsyncGenerator g = gen;
            gen = null;
            RefCount.xdecref(g);
        }

        static <T extends Awaitable> void methods(PyType type, Class<T> cls) {
            PyBuiltinFunction.define(type, cls, "send", (self, a) -> self.send(a.exactlyOne().get(0)));
            PyBuiltinFunction.define(type, cls, "__next__", (self, a) -> self.send(PyNone.NONE));
            PyBuiltinFunction.define(type, cls, "throw",
                    (self, a) -> self.throwInto(thrownException(a.noKeywords().between(1, 3))));
            PyBuiltinFunction.define(type, cls, "close", (self, a) -> {
                a.noKeywords().between(0, 0);
                self.closeIt();
                return PyNone.NONE;
            });
            PyBuiltinFunction.define(type, cls, "__iter__", (self, a) -> RefCount.newRef(self));
            PyBuiltinFunction.define(type, cls, "__await__", (self, a) -> RefCount.newRef(self));
        }
    }

    /** {@code __anext__()} and {@code asend(value)}: runs the generator to its next yield (CPython's async_generator_asend). */
    static final class ASend extends Awaitable {
        static final PyType TYPE = new PyType("async_generator_asend", PyType.OBJECT, (t, a) -> {
            throw Errors.typeError("cannot create 'async_generator_asend' instances");
        });

        static {
            methods(TYPE, ASend.class);
        }

        /** The value the first send() passes on when it is given None; owned. */
        private PyObject sendValue;

        ASend(PyAsyncGenerator gen, PyObject sendValue) {
            super(gen);
            this.sendValue = RefCount.newRef(sendValue);
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        String reuseName() {
            return "__anext__()/asend()";
        }

        @Override
        public PyObject send(PyObject value) {
            checkNotClosed();
            if (state == INIT) {
                if (gen.runningAsync) {
                    throw Errors.raise(PyExceptionTypes.RUNTIME_ERROR, "anext(): asynchronous generator is already running");
                }
                if (value == PyNone.NONE) {
                    value = sendValue;
                }
                state = ITER;
            }
            gen.runningAsync = true;
            try {
                return gen.step(value, null);
            } catch (PyException e) {
                state = CLOSED;
                throw e;
            }
        }

        @Override
        public PyObject throwInto(PyBaseException exc) {
            if (state == CLOSED) {
                RefCount.decref(exc);
                checkNotClosed();
            }
            try {
                return gen.step(null, exc);
            } catch (PyException e) {
                state = CLOSED;
                throw e;
            }
        }

        @Override
        public void traverse(RefVisitor v) {
            super.traverse(v);
            if (sendValue != null) {
                v.visit(sendValue);
            }
        }

        @Override
        protected void releaseReferences() {
            super.releaseReferences();
            PyObject s = sendValue;
            sendValue = null;
            RefCount.xdecref(s);
        }
    }

    /** {@code athrow(...)} and {@code aclose()} (no arguments): CPython's async_generator_athrow. */
    static final class AThrow extends Awaitable {
        static final PyType TYPE = new PyType("async_generator_athrow", PyType.OBJECT, (t, a) -> {
            throw Errors.typeError("cannot create 'async_generator_athrow' instances");
        });

        static {
            methods(TYPE, AThrow.class);
        }

        /** athrow()'s arguments (owned); null for aclose(). */
        private PyTuple args;
        private final boolean close;

        AThrow(PyAsyncGenerator gen, PyTuple args) {
            super(gen);
            this.args = args;
            this.close = args == null;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        String reuseName() {
            return "aclose()/athrow()";
        }

        private boolean isClose() {
            return close;
        }

        @Override
        public PyObject send(PyObject value) {
            checkNotClosed();
            if (gen.state == State.COMPLETED) {
                state = CLOSED;
                throw new PyException(new PyBaseException(PyExceptionTypes.STOP_ITERATION));
            }
            if (state == INIT) {
                if (gen.runningAsync) {
                    state = CLOSED;
                    throw Errors.raise(PyExceptionTypes.RUNTIME_ERROR, (isClose() ? "aclose()" : "athrow()")
                            + ": asynchronous generator is already running");
                }
                if (gen.closed) {
                    state = CLOSED;
                    throw new PyException(new PyBaseException(PyExceptionTypes.STOP_ASYNC_ITERATION));
                }
                if (value != PyNone.NONE) {
                    throw Errors.raise(PyExceptionTypes.RUNTIME_ERROR,
                            "can't send non-None value to a just-started coroutine");
                }
                state = ITER;
                gen.runningAsync = true;
                PyBaseException exc;
                if (isClose()) {
                    gen.closed = true;
                    exc = PyExceptionTypes.make(PyExceptionTypes.GENERATOR_EXIT, null);
                } else {
                    exc = thrownException(new Args("athrow", args.items(), 0, args.size(), null));
                }
                return finish(() -> gen.throwIn(exc));
            }
            return finish(() -> gen.resume(value, null));
        }

        @Override
        public PyObject throwInto(PyBaseException exc) {
            if (state == CLOSED) {
                RefCount.decref(exc);
                checkNotClosed();
            }
            return finish(() -> gen.throwIn(exc));
        }

        /**
         * What a step of the generator came to: for athrow() as for asend(); for aclose(), a
         * value yielded by the generator itself is "async generator ignored GeneratorExit", and
         * its end (StopAsyncIteration or GeneratorExit) is this awaitable's end: StopIteration.
         */
        private PyObject finish(java.util.function.Supplier<PyObject> step) {
            PyObject r;
            try {
                r = step.get();
                if (!isClose()) {
                    return gen.unwrap(r);
                }
            } catch (PyException e) {
                gen.runningAsync = false;
                state = CLOSED;
                if (isClose() && (e.isInstance(PyExceptionTypes.STOP_ASYNC_ITERATION)
                        || e.isInstance(PyExceptionTypes.GENERATOR_EXIT))) {
                    e.discard();
                    throw new PyException(new PyBaseException(PyExceptionTypes.STOP_ITERATION));
                }
                throw e;
            }
            if (r == null) {
                RefCount.decref(gen.takeReturned());
                gen.runningAsync = false;
                state = CLOSED;
                throw new PyException(new PyBaseException(PyExceptionTypes.STOP_ITERATION));
            }
            if (gen.atOwnYield()) {
                RefCount.decref(r);
                gen.runningAsync = false;
                state = CLOSED;
                throw Errors.raise(PyExceptionTypes.RUNTIME_ERROR, "async generator ignored GeneratorExit");
            }
            return r;
        }

        @Override
        public void traverse(RefVisitor v) {
            super.traverse(v);
            if (args != null) {
                v.visit(args);
            }
        }

        @Override
        protected void releaseReferences() {
            super.releaseReferences();
            PyTuple a = args;
            args = null;
            RefCount.xdecref(a);
        }
    }
}
