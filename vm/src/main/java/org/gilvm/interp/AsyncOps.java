package org.gilvm.interp;

import org.gilvm.bytecode.Code;
import org.gilvm.heap.Pinned;
import org.gilvm.heap.RefCount;
import org.gilvm.objects.Call;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyExceptionTypes;
import org.gilvm.objects.PyIterator;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyType;

/**
 * The instructions of {@code await}, {@code async with} and {@code async for}, out of the dispatch
 * loop, with CPython 3.11's messages (Python/ceval.c and genobject.c's {@code _PyCoro_GetAwaitableIter}).
 * Each takes borrowed operands and returns a new reference, as the loop's helpers do.
 */
public final class AsyncOps {
    private AsyncOps() { }

    /**
     * GET_AWAITABLE: the iterator an await runs. A coroutine (or a generator that
     * {@code types.coroutine} marked) is its own; anything else must have {@code __await__}, which
     * must return an iterator that is not a coroutine. {@code where} is 1 for the result of
     * {@code __aenter__()} and 2 for {@code __aexit__()}'s, whose messages say so.
     */
    static PyObject awaitableIter(PyObject o, int where) {
        PyObject iter;
        try {
            iter = awaitableIter(o);
        } catch (PyException e) {
            if (where == 0 || o.type().lookup("__await__") != null) {
                throw e;
            }
            e.discard();
            throw Errors.typeError("'async with' received an object from " + (where == 1 ? "__aenter__" : "__aexit__")
                    + " that does not implement __await__: " + o.type().name());
        }
        if (iter instanceof PyCoroutine c && c.isAwaiting()) {
            RefCount.decref(iter);
            throw Errors.raise(PyExceptionTypes.RUNTIME_ERROR, "coroutine is being awaited already");
        }
        return iter;
    }

    /** CPython's {@code _PyCoro_GetAwaitableIter}. */
    private static PyObject awaitableIter(PyObject o) {
        if (isCoroutine(o)) {
            return RefCount.newRef(o);
        }
        PyObject await = o.type().lookup("__await__");
        if (await == null) {
            throw Errors.typeError("object " + o.type().name() + " can't be used in 'await' expression");
        }
        PyObject res = callSpecial(await, o);
        if (isCoroutine(res)) {
            RefCount.decref(res);
            throw Errors.typeError("__await__() returned a coroutine");
        }
        if (!isIterator(res)) {
            String name = res.type().name();
            RefCount.decref(res);
            throw Errors.typeError("__await__() returned non-iterator of type '" + name + "'");
        }
        return res;
    }

    private static boolean isCoroutine(PyObject o) {
        return o instanceof PyCoroutine || o instanceof PyGenerator g && g.isIterableCoroutine();
    }

    /** CPython's {@code PyIter_Check}: the type has {@code __next__}. */
    private static boolean isIterator(PyObject o) {
        return o instanceof PyIterator || o instanceof PyGenerator || o instanceof GeneratorBase.Delegate
                || o.type().lookup("__next__") != null;
    }

    /** A special method found on the type, called with its instance: a new reference. */
    private static PyObject callSpecial(PyObject method, PyObject self) {
        PyObject bound = method.bindTo(self);
        try (Pinned pin = Pinned.of(bound)) {
            return Call.positional(bound);
        } finally {
            RefCount.decref(bound);
        }
    }

    /**
     * BEFORE_ASYNC_WITH: the context manager on TOS is replaced by its bound {@code __aexit__},
     * and what {@code __aenter__()} returns is pushed (to be awaited).
     */
    static int beforeAsyncWith(PyObject[] stack, int sp) {
        PyObject manager = stack[sp - 1];
        PyType type = manager.type();
        if (type.lookup("__aenter__") == null) {
            throw Errors.typeError("'" + type.name() + "' object does not support the asynchronous context manager protocol");
        }
        if (type.lookup("__aexit__") == null) {
            throw Errors.typeError("'" + type.name() + "' object does not support the asynchronous context manager "
                    + "protocol (missed __aexit__ method)");
        }
        return Interpreter.enterContext(stack, sp, "__aenter__", "__aexit__");
    }

    /** GET_AITER: {@code o.__aiter__()}, which must have {@code __anext__}. */
    static PyObject aiter(PyObject o) {
        PyObject method = o.type().lookup("__aiter__");
        if (method == null) {
            throw Errors.typeError("'async for' requires an object with __aiter__ method, got " + o.type().name());
        }
        PyObject it = callSpecial(method, o);
        if (it.type().lookup("__anext__") == null) {
            String name = it.type().name();
            RefCount.decref(it);
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + name);
        }
        return it;
    }

    /** GET_ANEXT: the awaitable of {@code it.__anext__()}: an async generator's own, or checked as an await checks it. */
    static PyObject anext(PyObject it) {
        if (it instanceof PyAsyncGenerator) {
            return GeneratorBase.callMethod(it, "__anext__");
        }
        PyObject method = it.type().lookup("__anext__");
        if (method == null) {
            throw Errors.typeError("'async for' requires an iterator with __anext__ method, got " + it.type().name());
        }
        PyObject next = callSpecial(method, it);
        try (Pinned pin = Pinned.of(next)) {
            return awaitableIter(next);
        } catch (PyException e) {
            // CPython's _PyErr_FormatFromCause: the new error is caused by the old one.
            PyBaseException error = PyExceptionTypes.make(PyExceptionTypes.TYPE_ERROR,
                    "'async for' received an invalid object from __anext__: " + next.type().name());
            error.setContext(e.value());
            error.setCause(e.value());
            e.discard();
            throw new PyException(error);
        } finally {
            RefCount.decref(next);
        }
    }

    /** The built-in {@code aiter(o)}: {@code o.__aiter__()}, which must be an asynchronous iterator. */
    public static PyObject builtinAiter(PyObject o) {
        PyObject method = o.type().lookup("__aiter__");
        if (method == null) {
            throw Errors.typeError("'" + o.type().name() + "' object is not an async iterable");
        }
        PyObject it = callSpecial(method, o);
        if (it.type().lookup("__anext__") == null) {
            String name = it.type().name();
            RefCount.decref(it);
            throw Errors.typeError("aiter() returned not an async iterator of type '" + name + "'");
        }
        return it;
    }

    /**
     * The built-in {@code anext(it[, default])}: what {@code it.__anext__()} returns, as it is; with
     * a default, an awaitable that ends with the default instead of StopAsyncIteration.
     */
    public static PyObject builtinAnext(PyObject it, PyObject defaultValue) {
        PyObject method = it.type().lookup("__anext__");
        if (method == null) {
            throw Errors.typeError("'" + it.type().name() + "' object is not an async iterator");
        }
        PyObject awaitable = callSpecial(method, it);
        if (defaultValue == null) {
            return awaitable;
        }
        try {
            return new AnextAwaitable(awaitable, defaultValue);
        } finally {
            RefCount.decref(awaitable);
        }
    }

    /**
     * {@code anext(it, default)}'s awaitable (CPython's anext_awaitable): each step goes to the
     * awaitable iterator of what {@code __anext__()} returned; StopAsyncIteration there is
     * StopIteration with the default here.
     */
    static final class AnextAwaitable extends PyObject implements GeneratorBase.Delegate {
        static final PyType TYPE = new PyType("anext_awaitable", PyType.OBJECT, (t, a) -> {
            throw Errors.typeError("cannot create 'anext_awaitable' instances");
        });

        /** Both owned. */
        private PyObject wrapped;
        private PyObject defaultValue;

        AnextAwaitable(PyObject wrapped, PyObject defaultValue) {
            this.wrapped = RefCount.newRef(wrapped);
            this.defaultValue = RefCount.newRef(defaultValue);
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject iter() {
            return RefCount.newRef(this);
        }

        /** Calls {@code name(args)} on the awaitable iterator; StopAsyncIteration becomes StopIteration(default). */
        private PyObject proxy(String name, PyObject... args) {
            PyObject iter = awaitableIter(wrapped);
            try (Pinned pin = Pinned.of(iter)) {
                return GeneratorBase.callMethod(iter, name, args);
            } catch (PyException e) {
                if (!e.isInstance(PyExceptionTypes.STOP_ASYNC_ITERATION)) {
                    throw e;
                }
                e.discard();
                throw GeneratorBase.stopIteration(RefCount.newRef(defaultValue));
            } finally {
                RefCount.decref(iter);
            }
        }

        @Override
        public PyObject send(PyObject value) {
            return proxy("send", value);
        }

        @Override
        public PyObject throwInto(PyBaseException exc) {
            try (Pinned pin = Pinned.of(exc)) {
                return proxy("throw", exc);
            } finally {
                RefCount.decref(exc);
            }
        }

        @Override
        public void closeIt() {
            RefCount.decref(proxy("close"));
        }

        @Override
        public PyObject next() {
            try {
                return send(org.gilvm.objects.PyNone.NONE);
            } catch (PyException e) {
                if (!e.isInstance(PyExceptionTypes.STOP_ITERATION)) {
                    throw e;
                }
                e.discard();
                return null;
            }
        }

        @Override
        public void traverse(org.gilvm.heap.RefVisitor v) {
            if (wrapped != null) {
                v.visit(wrapped);
            }
            if (defaultValue != null) {
                v.visit(defaultValue);
            }
        }

        @Override
        protected void releaseReferences() {
            PyObject w = wrapped;
            PyObject d = defaultValue;
            wrapped = null;
            defaultValue = null;
            RefCount.xdecref(w);
            RefCount.xdecref(d);
        }

        static {
            define("send", (self, a) -> self.send(a.exactlyOne().get(0)));
            define("__next__", (self, a) -> self.send(org.gilvm.objects.PyNone.NONE));
            define("throw", (self, a) -> self.throwInto(GeneratorBase.thrownException(a.noKeywords().between(1, 3))));
            define("close", (self, a) -> {
                a.noKeywords().between(0, 0);
                self.closeIt();
                return org.gilvm.objects.PyNone.NONE;
            });
            define("__iter__", (self, a) -> RefCount.newRef(self));
            define("__await__", (self, a) -> RefCount.newRef(self));
        }

        private static void define(String name, org.gilvm.objects.PyBuiltinFunction.TypedBody<AnextAwaitable> body) {
            org.gilvm.objects.PyBuiltinFunction.define(TYPE, AnextAwaitable.class, name, body);
        }
    }

    /**
     * GET_YIELD_FROM_ITER: a generator or a coroutine is delegated to as it is (a coroutine only from
     * code that is itself a coroutine, or marked by {@code types.coroutine}); anything else is iterated.
     */
    static PyObject yieldFromIter(Code code, PyObject o) {
        if (o instanceof PyCoroutine) {
            if (!code.coroutine && !code.iterableCoroutine) {
                throw Errors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return RefCount.newRef(o);
        }
        return o instanceof PyGenerator ? RefCount.newRef(o) : o.iter();
    }
}
