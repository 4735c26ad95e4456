package org.gilvm.interp;

import org.gilvm.heap.Pinned;
import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;
import org.gilvm.objects.Args;
import org.gilvm.objects.Call;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyExceptionTypes;
import org.gilvm.objects.PyIterator;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;

/**
 * A generator: the suspended frame of a function whose body yields (CPython's genobject.c).
 * Calling the function makes the frame and this object; each {@code next()} or {@code send()}
 * runs the frame on the caller's thread until it yields or returns.
 *
 * <p>Ownership: the generator owns its frame, and so the frame's references, from its creation
 * until it completes; then the frame lets go of them (a return) or the exception leaving it takes
 * them over (as everywhere, see {@link Interpreter#enter}). While the frame runs it is also on its
 * thread's frame chain, where the audit finds it, so {@link #traverse} does not visit it then.
 * The exceptions the frame was handling when it yielded wait here too ({@link #savedHandled}).
 *
 * <p>A generator that dies suspended is closed first, as in CPython: GeneratorExit is raised where
 * it stands, so its {@code finally} blocks and {@code with} exits run.
 */
public final class PyGenerator extends PyIterator {
    public static final PyType TYPE = new PyType("generator", PyType.OBJECT, (t, a) -> {
        throw Errors.typeError("cannot create 'generator' instances");
    });

    private enum State { CREATED, SUSPENDED, RUNNING, COMPLETED }

    private final String qualname;
    /** The frame; null once the generator has completed. */
    private Frame frame;
    /**
     * Where the generator is. Leaving CREATED or SUSPENDED for RUNNING is a compare-and-set: with the
     * GIL off two threads may resume one generator at once, and exactly one of them must win (the
     * other gets CPython's "generator already executing").
     */
    private volatile State state = State.CREATED;
    private static final java.lang.invoke.VarHandle STATE;

    static {
        try {
            STATE = java.lang.invoke.MethodHandles.lookup().findVarHandle(PyGenerator.class, "state", State.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Moves CREATED or SUSPENDED to RUNNING and returns what it was; RUNNING or COMPLETED stay as they are. */
    private State claim() {
        for (;;) {
            State s = state;
            if (s == State.RUNNING || s == State.COMPLETED || STATE.compareAndSet(this, s, State.RUNNING)) {
                return s;
            }
        }
    }
    private PyBaseException[] savedHandled = ThreadState.NO_EXCEPTIONS;
    /** What the frame returned when it completed, until {@link #takeReturned} hands it on; owned. */
    private PyObject returned;

    PyGenerator(Frame frame, String qualname) {
        super(TYPE);
        this.frame = frame;
        this.qualname = qualname;
    }

    @Override
    public String repr() {
        return "<generator object " + qualname + " at 0x" + Long.toHexString(id()) + ">";
    }

    // ------------------------------------------------------------------ running the frame

    /**
     * Runs the frame until it yields (returns the yielded value, a new reference) or completes
     * (returns null; the return value waits in {@link #returned}). {@code sent} is borrowed; a
     * {@code thrown} exception (owned) is raised where the frame stands instead.
     */
    private PyObject resume(PyObject sent, PyBaseException thrown) {
        if (state != State.COMPLETED) {
            checkDepth(thrown, null);
        }
        State was = claim();
        switch (was) {
            case RUNNING -> {
                RefCount.xdecref(thrown);
                throw Errors.valueError("generator already executing");
            }
            case COMPLETED -> {
                if (thrown != null) {
                    throw new PyException(thrown);
                }
                returned = PyNone.NONE;
                return null;
            }
            case CREATED -> {
                if (thrown == null && sent != PyNone.NONE) {
                    state = State.CREATED;
                    throw Errors.typeError("can't send non-None value to a just-started generator");
                }
            }
            case SUSPENDED -> {
                if (thrown == null) {
                    frame.stack[frame.sp++] = RefCount.newRef(sent); // the value of the yield expression
                }
            }
        }
        if (thrown != null) {
            frame.thrownIn = new PyException(thrown);
        }
        return runFrame();
    }

    /**
     * RecursionError, raised before the frame changes (it stays where it was), when running it
     * would pass the recursion limit; {@code owned} references the caller handed over are dropped.
     */
    private static void checkDepth(PyObject ownedA, PyObject ownedB) {
        if (ThreadState.current().atRecursionLimit()) {
            RefCount.xdecref(ownedA);
            RefCount.xdecref(ownedB);
            throw Interpreter.recursionError();
        }
    }

    private PyObject runFrame() {
        ThreadState ts = ThreadState.current();
        Frame f = frame;
        state = State.RUNNING;
        int base = ts.handledCount();
        ts.restoreHandled(savedHandled);
        savedHandled = ThreadState.NO_EXCEPTIONS;
        f.suspension = Frame.RETURNED;
        PyObject result;
        try {
            result = Interpreter.enter(ts, f);
        } catch (PyException e) {
            complete(ts, base);
            throw stopIterationInside(e);
        }
        if (f.suspension != Frame.RETURNED) {
            savedHandled = ts.saveHandled(base);
            state = State.SUSPENDED;
            return result;
        }
        returned = result; // the frame let go of its references on its way out
        complete(ts, base);
        return null;
    }

    private void complete(ThreadState ts, int base) {
        state = State.COMPLETED;
        frame = null;
        for (PyBaseException left : ts.saveHandled(base)) {
            RefCount.decref(left);
        }
    }

    /** PEP 479: a StopIteration leaving a generator's frame becomes a RuntimeError caused by it. */
    private static PyException stopIterationInside(PyException e) {
        if (!e.isInstance(PyExceptionTypes.STOP_ITERATION)) {
            return e;
        }
        PyBaseException error = PyExceptionTypes.make(PyExceptionTypes.RUNTIME_ERROR, "generator raised StopIteration");
        error.setContext(e.value());
        error.setCause(e.value());
        e.discard();
        return new PyException(error);
    }

    /** The return value of the completed frame (a new reference; None if already taken). */
    private PyObject takeReturned() {
        PyObject r = returned == null ? PyNone.NONE : returned;
        returned = null;
        return r;
    }

    /** {@code send(value)} and {@code __next__}: StopIteration carries the return value when the frame completes. */
    public PyObject send(PyObject value) {
        return yieldedOrStop(resume(value, null));
    }

    private PyObject yieldedOrStop(PyObject yielded) {
        if (yielded != null) {
            return yielded;
        }
        PyObject value = takeReturned();
        PyBaseException stop = new PyBaseException(PyExceptionTypes.STOP_ITERATION);
        stop.setArgs(value == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(value));
        RefCount.decref(value);
        throw new PyException(stop);
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

    // ------------------------------------------------------------------ yield from

    /**
     * SEND: passes {@code value} (borrowed) to the subiterator of a {@code yield from} and returns
     * what it yields, or, when it is done, what it returned with {@code ts.subiteratorReturned} set.
     */
    static PyObject sendTo(ThreadState ts, PyObject subiterator, PyObject value) {
        if (subiterator instanceof PyGenerator g) {
            PyObject yielded = g.resume(value, null);
            return yielded != null ? yielded : subiteratorReturned(ts, g.takeReturned());
        }
        if (value == PyNone.NONE) {
            PyObject next = subiterator.next();
            return next != null ? next : subiteratorReturned(ts, PyNone.NONE);
        }
        try {
            return callMethod(subiterator, "send", value);
        } catch (PyException e) {
            if (!e.isInstance(PyExceptionTypes.STOP_ITERATION)) {
                throw e;
            }
            PyObject v = stopIterationValue(e.value());
            e.discard();
            return subiteratorReturned(ts, v);
        }
    }

    private static PyObject subiteratorReturned(ThreadState ts, PyObject value) {
        ts.subiteratorReturned = true;
        return value;
    }

    /** StopIteration's {@code value}: its first argument, or None (a new reference). */
    public static PyObject stopIterationValue(PyBaseException stop) {
        PyTuple args = stop.args();
        return RefCount.newRef(args.size() > 0 ? args.get(0) : PyNone.NONE);
    }

    /** The subiterator when the frame stands inside {@code yield from} (borrowed), else null. */
    private PyObject delegate() {
        return state == State.SUSPENDED && frame.suspension == Frame.YIELDED_FROM ? frame.stack[frame.sp - 1] : null;
    }

    /**
     * The subiterator finished (it returned, or raised {@code error}) while we were delegating a
     * throw() or close() to it: pop it, step past the SEND loop (the compiler puts YIELD_VALUE,
     * then the JUMP_BACKWARD to SEND, then the loop's exit), and continue there with its value,
     * or with its exception raised.
     */
    private PyObject leaveYieldFrom(PyObject value, PyBaseException error) {
        checkDepth(error, value);
        PyObject sub = frame.stack[--frame.sp];
        frame.stack[frame.sp] = null;
        RefCount.decref(sub);
        frame.pc++;
        frame.suspension = Frame.YIELDED;
        if (error != null) {
            frame.thrownIn = new PyException(error);
        } else {
            frame.stack[frame.sp++] = value;
        }
        return runFrame();
    }

    // ------------------------------------------------------------------ throw and close

    /** {@code throw(exc)}: raises {@code exc} (owned) where the generator stands; returns what it yields next. */
    private PyObject throwIn(PyBaseException exc) {
        PyObject sub = delegate();
        // The subiterator stays on our frame's stack meanwhile: that reference keeps it alive.
        if (sub instanceof PyGenerator g && !exc.type().isSubtypeOf(PyExceptionTypes.GENERATOR_EXIT)) {
            PyObject yielded;
            try {
                yielded = g.throwIn(exc);
            } catch (PyException e) {
                if (e.isInstance(PyExceptionTypes.STOP_ITERATION)) {
                    PyObject v = stopIterationValue(e.value());
                    e.discard();
                    return leaveYieldFrom(v, null);
                }
                return leaveYieldFrom(null, e.takeValue());
            }
            return yielded != null ? yielded : leaveYieldFrom(g.takeReturned(), null);
        }
        if (sub != null && exc.type().isSubtypeOf(PyExceptionTypes.GENERATOR_EXIT)) {
            closeSubiterator(sub, exc);
        }
        return resume(PyNone.NONE, exc);
    }

    /** GeneratorExit goes to a {@code yield from}'s subiterator as a close(), first. */
    private static void closeSubiterator(PyObject sub, PyBaseException exc) {
        try {
            if (sub instanceof PyGenerator g) {
                g.close();
            } else if (sub.type().lookup("close") != null) {
                RefCount.decref(callMethod(sub, "close"));
            }
        } catch (PyException e) {
            RefCount.decref(exc);
            throw e;
        }
    }

    /** {@code target.name(*args)}: args borrowed, a new reference returned. */
    private static PyObject callMethod(PyObject target, String name, PyObject... args) {
        PyObject method = target.getAttr(name);
        try (Pinned pin = Pinned.of(method)) {
            return Call.positional(method, args);
        } finally {
            RefCount.decref(method);
        }
    }

    /** {@code close()}: GeneratorExit where it stands; it must not yield again. */
    public void close() {
        if (STATE.compareAndSet(this, State.CREATED, State.COMPLETED)) {
            Frame f = frame;
            frame = null;
            f.release();
            return;
        }
        if (state == State.COMPLETED) {
            return;
        }
        PyObject yielded;
        try {
            yielded = throwIn(PyExceptionTypes.make(PyExceptionTypes.GENERATOR_EXIT, null));
        } catch (PyException e) {
            if (e.isInstance(PyExceptionTypes.GENERATOR_EXIT) || e.isInstance(PyExceptionTypes.STOP_ITERATION)) {
                e.discard();
                return;
            }
            throw e;
        }
        if (yielded == null) {
            RefCount.decref(takeReturned());
            return;
        }
        RefCount.decref(yielded);
        throw Errors.raise(PyExceptionTypes.RUNTIME_ERROR, "generator ignored GeneratorExit");
    }

    // ------------------------------------------------------------------ the heap

    @Override
    public void traverse(RefVisitor v) {
        if (frame != null && state != State.RUNNING) {
            frame.traverse(v);
        }
        for (PyBaseException e : savedHandled) {
            v.visit(e);
        }
        if (returned != null) {
            v.visit(returned);
        }
    }

    @Override
    protected void releaseReferences() {
        Frame f = frame;
        frame = null;
        state = State.COMPLETED;
        PyBaseException[] saved = savedHandled;
        savedHandled = ThreadState.NO_EXCEPTIONS;
        PyObject r = returned;
        returned = null;
        if (f != null) {
            f.release();
        }
        for (PyBaseException e : saved) {
            RefCount.decref(e);
        }
        RefCount.xdecref(r);
    }

    /** A suspended generator is closed before it dies (CPython's _PyGen_Finalize). */
    @Override
    protected boolean hasFinalizer() {
        return state == State.SUSPENDED;
    }

    @Override
    protected void runFinalizer() {
        try {
            close();
        } catch (PyException e) {
            ThreadState.current().vm.printUnraisable(e, "Exception ignored in: " + repr());
        }
    }

    // ------------------------------------------------------------------ methods

    static {
        method("send", (self, a) -> self.send(a.exactlyOne().get(0)));
        method("__next__", (self, a) -> self.send(PyNone.NONE));
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

    /** throw(type), throw(instance) or throw(type, value): a new reference to the exception to raise. */
    private static PyBaseException thrownException(Args a) {
        PyObject typ = a.get(0);
        PyObject val = a.size() > 1 ? a.get(1) : PyNone.NONE;
        String notAnException = "exceptions must be classes or instances deriving from BaseException, not "
                + typ.type().name();
        if (typ instanceof PyBaseException && val != PyNone.NONE) {
            throw Errors.typeError("instance exception may not have a separate value");
        }
        if (typ instanceof PyType t && val != PyNone.NONE) {
            if (!t.isSubtypeOf(PyExceptionTypes.BASE_EXCEPTION)) {
                throw Errors.typeError(notAnException);
            }
            if (val.type().isSubtypeOf(t)) {
                return (PyBaseException) RefCount.newRef(val);
            }
            PyObject made = val instanceof PyTuple args ? t.call(args.items(), 0, args.size(), null)
                    : t.call(new PyObject[] {val}, 0, 1, null);
            return (PyBaseException) made;
        }
        return Interpreter.exceptionInstance(typ, notAnException);
    }
}
