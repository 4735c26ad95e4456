package org.gilvm.interp;

import org.gilvm.bytecode.Code;
import org.gilvm.heap.Pinned;
import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;
import org.gilvm.objects.Args;
import org.gilvm.objects.Call;
import org.gilvm.objects.Dunders;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyExceptionTypes;
import org.gilvm.objects.PyInstance;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;

/**
 * What generators, coroutines and async generators share (CPython's genobject.c): a suspended
 * frame that runs on the caller's thread, one step at a time, until it yields or returns. Calling
 * the function makes the frame and this object; {@code send}, {@code throw} and {@code close} run
 * it. The three differ in how they are driven from outside: a generator is an iterator
 * ({@link PyGenerator}), a coroutine is awaited ({@link PyCoroutine}), an async generator is an
 * asynchronous iterator ({@link PyAsyncGenerator}); and in the words of their error messages.
 *
 * <p>Ownership: the object owns its frame, and so the frame's references, from its creation until
 * it completes; then the frame lets go of them (a return) or the exception leaving it takes them
 * over (as everywhere, see {@link Interpreter#enter}). While the frame runs it is also on its
 * thread's frame chain, where the audit finds it, so {@link #traverse} does not visit it then.
 * The exceptions the frame was handling when it yielded wait here too ({@link #savedHandled}).
 *
 * <p>{@code yield from} and {@code await} delegate: the frame stands on a SEND loop with the
 * subiterator on top of its stack ({@link Frame#YIELDED_FROM}); a value sent in goes on to the
 * subiterator, and so do {@code throw()} and {@code close()} ({@link #throwIn}).
 *
 * <p>One that dies suspended is closed first, as in CPython: GeneratorExit is raised where it
 * stands, so its {@code finally} blocks and {@code with} exits run.
 */
public abstract class GeneratorBase extends PyObject {
    enum State { CREATED, SUSPENDED, RUNNING, COMPLETED }

    final Code code;
    final String qualname;
    /** The frame; null once completed. */
    Frame frame;
    /**
     * Where it is. Leaving CREATED or SUSPENDED for RUNNING is a compare-and-set: with the GIL off
     * two threads may resume one generator at once, and exactly one of them must win (the other
     * gets CPython's "generator already executing").
     */
    volatile State state = State.CREATED;
    private static final java.lang.invoke.VarHandle STATE;

    static {
        try {
            STATE = java.lang.invoke.MethodHandles.lookup().findVarHandle(GeneratorBase.class, "state", State.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private PyBaseException[] savedHandled = ThreadState.NO_EXCEPTIONS;
    /** What the frame returned when it completed, until {@link #takeReturned} hands it on; owned. */
    private PyObject returned;

    GeneratorBase(Frame frame, String qualname) {
        this.frame = frame;
        this.code = frame.code;
        this.qualname = qualname;
    }

    /** Calling a function whose code yields or is async: the object its call returns, owning {@code frame}. */
    static GeneratorBase make(Frame frame, String qualname) {
        Code code = frame.code;
        if (!code.coroutine) {
            return new PyGenerator(frame, qualname);
        }
        return code.generator ? new PyAsyncGenerator(frame, qualname) : new PyCoroutine(frame, qualname);
    }

    /** "generator", "coroutine" or "async generator": how CPython's messages name it. */
    abstract String kind();

    /** Moves CREATED or SUSPENDED to RUNNING and returns what it was; RUNNING or COMPLETED stay as they are. */
    private State claim() {
        for (;;) {
            State s = state;
            if (s == State.RUNNING || s == State.COMPLETED || STATE.compareAndSet(this, s, State.RUNNING)) {
                return s;
            }
        }
    }

    // ------------------------------------------------------------------ running the frame

    /**
     * Runs the frame until it yields (returns the yielded value, a new reference) or completes
     * (returns null; the return value waits in {@link #returned}). {@code sent} is borrowed; a
     * {@code thrown} exception (owned) is raised where the frame stands instead.
     */
    PyObject resume(PyObject sent, PyBaseException thrown) {
        if (state != State.COMPLETED && ThreadState.current().atRecursionLimit()) {
            // One that cannot start is over, as in CPython (whose frame starts, fails and is
            // cleared): a coroutine then counts as awaited. A suspended one stays where it is.
            RefCount.xdecref(thrown);
            if (STATE.compareAndSet(this, State.CREATED, State.COMPLETED)) {
                Frame f = frame;
                frame = null;
                f.release();
            }
            throw Interpreter.recursionError();
        }
        State was = claim();
        switch (was) {
            case RUNNING -> {
                RefCount.xdecref(thrown);
                throw Errors.valueError(kind() + " already executing");
            }
            case COMPLETED -> {
                return resumeCompleted(thrown);
            }
            case CREATED -> {
                if (thrown == null && sent != PyNone.NONE) {
                    state = State.CREATED;
                    throw Errors.typeError("can't send non-None value to a just-started " + kind());
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
     * Sending to one that has completed: a generator returns None at once, and raises what is
     * thrown into it ({@code thrown}, owned). A coroutine overrides this: it cannot be reused.
     */
    PyObject resumeCompleted(PyBaseException thrown) {
        if (thrown != null) {
            throw new PyException(thrown);
        }
        returned = PyNone.NONE;
        return null;
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
            throw leaving(e);
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

    /**
     * PEP 479: a StopIteration leaving the frame becomes a RuntimeError caused by it ("generator
     * raised StopIteration"); an async generator does the same with StopAsyncIteration.
     */
    PyException leaving(PyException e) {
        if (!e.isInstance(PyExceptionTypes.STOP_ITERATION)) {
            return e;
        }
        return replaceBy(e, kind() + " raised StopIteration");
    }

    static PyException replaceBy(PyException e, String runtimeError) {
        PyBaseException error = PyExceptionTypes.make(PyExceptionTypes.RUNTIME_ERROR, runtimeError);
        error.setContext(e.value());
        error.setCause(e.value());
        e.discard();
        return new PyException(error);
    }

    /** The return value of the completed frame (a new reference; None if already taken). */
    PyObject takeReturned() {
        PyObject r = returned == null ? PyNone.NONE : returned;
        returned = null;
        return r;
    }

    /** {@code send(value)}: what it yields next; StopIteration carries the return value when the frame completes. */
    public PyObject send(PyObject value) {
        return yieldedOrStop(resume(value, null));
    }

    /** {@code yielded}, or (null: completed) StopIteration with the return value. */
    PyObject yieldedOrStop(PyObject yielded) {
        if (yielded != null) {
            return yielded;
        }
        throw stopIteration(takeReturned());
    }

    /** A StopIteration carrying {@code value} (owned; None makes one without arguments, as CPython's). */
    static PyException stopIteration(PyObject value) {
        PyBaseException stop = new PyBaseException(PyExceptionTypes.STOP_ITERATION);
        stop.setArgs(value == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(value));
        RefCount.decref(value);
        return new PyException(stop);
    }

    /** Whether the frame stands at one of its own {@code yield}s (not inside a yield from or an await). */
    final boolean atOwnYield() {
        Frame f = frame;
        return state == State.SUSPENDED && f != null && f.suspension == Frame.YIELDED;
    }

    // ------------------------------------------------------------------ yield from and await

    /**
     * SEND: passes {@code value} (borrowed) to the subiterator of a {@code yield from} or an
     * {@code await} and returns what it yields, or, when it is done, what it returned with
     * {@code ts.subiteratorReturned} set.
     */
    static PyObject sendTo(ThreadState ts, PyObject subiterator, PyObject value) {
        if (subiterator instanceof PyCoroutine.Wrapper w) {
            subiterator = w.coroutine;
        }
        if (subiterator instanceof GeneratorBase g) {
            PyObject yielded = g.resume(value, null);
            return yielded != null ? yielded : subiteratorReturned(ts, g.takeReturned());
        }
        if (value == PyNone.NONE && !(subiterator instanceof Delegate) && !(subiterator instanceof PyInstance)) {
            PyObject next = subiterator.next(); // a built-in iterator: it returns nothing
            return next != null ? next : subiteratorReturned(ts, PyNone.NONE);
        }
        try {
            if (subiterator instanceof Delegate d) {
                return d.send(value);
            }
            if (value == PyNone.NONE) {
                PyObject next = Dunders.call(subiterator, "__next__");
                if (next == null) {
                    throw Errors.typeError("'" + subiterator.type().name() + "' object is not an iterator");
                }
                return next;
            }
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

    /** The subiterator when the frame stands inside {@code yield from} or {@code await} (borrowed), else null. */
    final PyObject delegate() {
        Frame f = frame;
        return state == State.SUSPENDED && f != null && f.suspension == Frame.YIELDED_FROM ? f.stack[f.sp - 1] : null;
    }

    /**
     * The subiterator finished (it returned, or raised {@code error}) while we were delegating a
     * throw() or close() to it: pop it, step past the SEND loop (the compiler puts YIELD_VALUE,
     * then the jump back to SEND, then the loop's exit), and continue there with its value,
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

    /**
     * {@code throw(exc)}: raises {@code exc} (owned) where the frame stands; returns what it yields
     * next, or null when it completes. Inside a {@code yield from} or an {@code await}, the
     * subiterator gets it first (its {@code throw}), as in CPython's {@code _gen_throw}; a
     * GeneratorExit closes the subiterator and is then raised here.
     */
    PyObject throwIn(PyBaseException exc) {
        PyObject sub = delegate();
        if (sub instanceof PyCoroutine.Wrapper w) {
            sub = w.coroutine;
        }
        // The subiterator stays on our frame's stack meanwhile: that reference keeps it alive.
        if (sub != null && exc.type().isSubtypeOf(PyExceptionTypes.GENERATOR_EXIT)) {
            closeSubiterator(sub, exc);
        } else if (sub != null) {
            PyObject yielded;
            try {
                if (sub instanceof GeneratorBase g) {
                    yielded = g.throwIn(exc);
                    if (yielded == null) {
                        return leaveYieldFrom(g.takeReturned(), null);
                    }
                } else if (sub instanceof Delegate d) {
                    yielded = d.throwInto(exc);
                } else {
                    PyObject method = attributeOrNull(sub, "throw");
                    if (method == null) {
                        return resume(PyNone.NONE, exc);
                    }
                    try (Pinned pin = Pinned.of(method, exc)) {
                        yielded = Call.positional(method, exc);
                    } finally {
                        RefCount.decref(method);
                        RefCount.decref(exc);
                    }
                }
            } catch (PyException e) {
                if (e.isInstance(PyExceptionTypes.STOP_ITERATION)) {
                    PyObject v = stopIterationValue(e.value());
                    e.discard();
                    return leaveYieldFrom(v, null);
                }
                return leaveYieldFrom(null, e.takeValue());
            }
            return yielded;
        }
        return resume(PyNone.NONE, exc);
    }

    /** {@code getattr(o, name, None)}: a new reference, or null. */
    private static PyObject attributeOrNull(PyObject o, String name) {
        try {
            return o.getAttr(name);
        } catch (PyException e) {
            if (!e.isInstance(PyExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
            e.discard();
            return null;
        }
    }

    /** GeneratorExit goes to a {@code yield from}'s subiterator as a close(), first. */
    private static void closeSubiterator(PyObject sub, PyBaseException exc) {
        try {
            if (sub instanceof GeneratorBase g) {
                g.close();
            } else if (sub instanceof Delegate d) {
                d.closeIt();
            } else {
                PyObject method = attributeOrNull(sub, "close");
                if (method != null) {
                    try (Pinned pin = Pinned.of(method)) {
                        RefCount.decref(Call.positional(method));
                    } finally {
                        RefCount.decref(method);
                    }
                }
            }
        } catch (PyException e) {
            RefCount.decref(exc);
            throw e;
        }
    }

    /** {@code target.name(*args)}: args borrowed, a new reference returned. */
    static PyObject callMethod(PyObject target, String name, PyObject... args) {
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
        throw Errors.raise(PyExceptionTypes.RUNTIME_ERROR, kind() + " ignored GeneratorExit");
    }

    // ------------------------------------------------------------------ attributes

    /**
     * The attributes the three share, under their prefix ({@code gi_}, {@code cr_}, {@code ag_}):
     * {@code running}, and what it awaits ({@code yieldfrom}, {@code await}); also
     * {@code __name__}, {@code __qualname__} and the code.
     */
    PyObject attribute(String name, String prefix, String awaitName) {
        if (name.equals("__name__")) {
            return PyStr.of(code.name);
        } else if (name.equals("__qualname__")) {
            return PyStr.of(qualname);
        } else if (name.equals(prefix + "running")) {
            return PyBool.of(state == State.RUNNING);
        } else if (name.equals(prefix + "code")) {
            return code;
        } else if (name.equals("_lineno")) {
            // gilvm has no frame objects: this stands for CPython's cr_frame.f_lineno (None once
            // completed), which asyncio's Task repr shows as "running at x.py:LINE".
            Frame f = frame;
            return f == null ? PyNone.NONE : org.gilvm.objects.PyInt.of(state == State.CREATED ? code.firstLine : f.line());
        } else if (name.equals(prefix + awaitName)) {
            PyObject sub = delegate();
            return RefCount.newRef(sub == null ? PyNone.NONE : sub);
        }
        return null;
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

    /** A suspended one is closed before it dies (CPython's _PyGen_Finalize). */
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

    /** throw(type), throw(instance) or throw(type, value): a new reference to the exception to raise. */
    static PyBaseException thrownException(Args a) {
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

    /**
     * The awaitable iterators written in Java (a coroutine's {@code __await__()}, an async
     * generator's {@code asend()} and {@code athrow()}): SEND and throw() drive them directly, so
     * that the value their StopIteration carries arrives.
     */
    interface Delegate {
        /** What it yields next (a new reference); StopIteration with its result when it is done. */
        PyObject send(PyObject value);

        /** Raises {@code exc} (owned) inside; what it yields next, or StopIteration. */
        PyObject throwInto(PyBaseException exc);

        void closeIt();
    }
}
