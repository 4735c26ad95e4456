package org.gilvm.stdlib;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gilvm.gil.GilThread;
import org.gilvm.gil.VmLock;
import org.gilvm.heap.RefCount;
import org.gilvm.interp.PyException;
import org.gilvm.interp.ThreadState;
import org.gilvm.interp.Vm;
import org.gilvm.objects.Args;
import org.gilvm.objects.Errors;
import org.gilvm.objects.Ops;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyExceptionTypes;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;

/**
 * {@code _thread}: what the bundled {@code threading.py} is built on, as CPython's threading is
 * built on its C module {@code _thread}: locks, RLocks, starting a thread, thread identities, and
 * the printing of an exception that ends a thread.
 */
final class ThreadModule {
    private ThreadModule() { }

    /** CPython's {@code _thread.TIMEOUT_MAX} on 64-bit Linux. */
    static final double TIMEOUT_MAX = 9223372036.0;

    static PyModule create(Vm vm) {
        PyModule m = new PyModule("_thread");
        m.globals().put("LockType", PyLock.TYPE);
        m.globals().put("RLock", PyRLock.TYPE);
        m.globals().put("_local", ThreadLocalObject.TYPE);
        m.globals().put("error", PyExceptionTypes.RUNTIME_ERROR);
        m.globals().put("TIMEOUT_MAX", PyFloat.of(TIMEOUT_MAX));
        def(m, "allocate_lock", a -> {
            a.noneExpected("allocate_lock");
            return PyLock.create(vm, null);
        });
        // A Condition's waiter: a lock that only notify() releases, named so in deadlock reports.
        def(m, "_condition_waiter", a -> {
            a.noneExpected("_condition_waiter");
            return PyLock.create(vm, "notify() on a Condition");
        });
        def(m, "get_ident", a -> {
            a.noneExpected("get_ident");
            return PyInt.of(Thread.currentThread().getId());
        });
        def(m, "get_native_id", a -> {
            a.noneExpected("get_native_id");
            return PyInt.of(nativeId());
        });
        def(m, "_start", a -> start(vm, a));
        def(m, "_print_exception", a -> {
            // threading.excepthook's output: the header, then the traceback as CPython prints it.
            String name = a.noKeywords().between(2, 2).get(0).str();
            PyObject e = a.get(1);
            if (!(e instanceof org.gilvm.objects.PyBaseException exc)) {
                throw Errors.typeError("_print_exception() needs an exception");
            }
            vm.flush();
            String text = "Exception in thread " + name + ":\n" + Vm.formatTraceback(exc);
            writeErr(vm, text);
            return PyNone.NONE;
        });
        def(m, "_format_exception", a -> {
            // The traceback as CPython's traceback.format_exception joins it: what asyncio's
            // exception handler prints under "Task exception was never retrieved".
            PyObject e = a.noKeywords().between(1, 1).get(0);
            if (!(e instanceof org.gilvm.objects.PyBaseException exc)) {
                throw Errors.typeError("_format_exception() needs an exception");
            }
            return org.gilvm.objects.PyStr.of(Vm.formatTraceback(exc));
        });
        return m;
    }

    /**
     * {@code _start(bootstrap, name)}: starts a platform thread that calls {@code bootstrap()} and
     * returns the thread's end lock: locked by the new thread until it has run its last Python
     * code, so {@code join} is an acquire of it (and the deadlock detector sees joins).
     */
    private static PyObject start(Vm vm, Args a) {
        a.noKeywords().between(2, 2);
        PyObject bootstrap = a.get(0);
        String name = a.get(1).str();
        GilThread g = vm.newProgramThread(name);
        PyLock end = PyLock.create(vm, "the end of " + name);
        end.lock.acquireFor(g);
        vm.holdForVm(RefCount.newRef(bootstrap));
        vm.holdForVm(RefCount.newRef(end));
        vm.spawn(g, ts -> {
            try {
                RefCount.decref(bootstrap.call(new PyObject[0], 0, 0, null));
            } catch (PyException e) {
                // threading's bootstrap handles the thread's exceptions; one escaping it is printed raw.
                writeErr(vm, Vm.formatTraceback(e.value()));
                e.discard();
            } finally {
                vm.dropHeld(bootstrap);
            }
        }, () -> {
            end.lock.release();
            vm.dropHeld(end);
        });
        return end;
    }

    /** The OS thread id (Linux's tid), as CPython's get_native_id; Java's thread id elsewhere. */
    static long nativeId() {
        try {
            String link = Files.readSymbolicLink(Path.of("/proc/thread-self")).toString();
            return Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
        } catch (java.io.IOException | RuntimeException e) {
            return Thread.currentThread().getId();
        }
    }

    private static void writeErr(Vm vm, String text) {
        try {
            vm.err().write(text);
            vm.err().flush();
        } catch (java.io.IOException ignored) {
            // stderr is gone: nothing to tell
        }
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = PyBuiltinFunction.function(name, body);
        f.makeImmortal();
        m.globals().put(name, f);
    }

    /**
     * CPython's argument rules for {@code acquire(blocking=True, timeout=-1)}; returns the
     * timeout in nanoseconds: negative forever, zero not at all.
     */
    static long timeoutOf(Args a) {
        a.onlyKeywords("blocking", "timeout").between(0, 2);
        boolean blocking = a.arg(0, "blocking", PyBool.TRUE).isTrue();
        PyObject t = a.arg(1, "timeout", PyInt.of(-1));
        double timeout = t instanceof PyFloat f ? f.value() : Ops.index(t).doubleValue();
        if (!blocking) {
            if (timeout != -1) {
                throw Errors.valueError("can't specify a timeout for a non-blocking call");
            }
            return 0;
        }
        if (timeout == -1) {
            return -1;
        }
        if (timeout < 0) {
            throw Errors.valueError("timeout value must be positive");
        }
        if (timeout > TIMEOUT_MAX) {
            throw Errors.raise(PyExceptionTypes.OVERFLOW_ERROR, "timeout value is too large");
        }
        return Math.max(1, (long) (timeout * 1e9));
    }

    /** What {@code _thread}'s lock objects share: a {@link VmLock}, and no reference to any object. */
    abstract static class LockObject extends PyObject {
        final VmLock lock;

        /** {@code label} names the lock in deadlock reports; it is asked only when a report is made. */
        LockObject(Vm vm, java.util.function.Function<LockObject, String> label) {
            this.lock = vm.waits().newLock(() -> label.apply(this));
        }

        final String address() {
            return "0x" + Long.toHexString(id());
        }

        @Override
        protected final boolean isContainer() {
            return false;
        }

        /** A lock nobody can reach is held by no one (a Condition's spent waiter, say). */
        @Override
        protected final void releaseReferences() {
            lock.discard();
        }

        final String state() {
            return lock.locked() ? "locked" : "unlocked";
        }
    }

    /** {@code _thread.lock}: a {@link VmLock} as a Python object. */
    static final class PyLock extends LockObject {
        static final PyType TYPE = new PyType("lock", "_thread", PyType.OBJECT, (PyType.Constructor) null);

        private PyLock(Vm vm, String label) {
            super(vm, label == null ? l -> "Lock at " + l.address() : l -> label);
        }

        /** A new lock; deadlock reports call it {@code label}, or "Lock at 0x..." if null. */
        static PyLock create(Vm vm, String label) {
            return new PyLock(vm, label);
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public String repr() {
            return "<" + state() + " _thread.lock object at " + address() + ">";
        }

        boolean acquire(long timeoutNanos) {
            return lock.acquire(ThreadState.current().gil, timeoutNanos);
        }

        void release() {
            if (!lock.release()) {
                throw Errors.raise(PyExceptionTypes.RUNTIME_ERROR, "release unlocked lock");
            }
        }

        private static void method(String name, PyBuiltinFunction.TypedBody<PyLock> body) {
            PyBuiltinFunction.define(TYPE, PyLock.class, name, body);
        }

        static {
            for (String name : new String[] {"acquire", "acquire_lock", "__enter__"}) {
                method(name, (l, a) -> PyBool.of(l.acquire(timeoutOf(a))));
            }
            for (String name : new String[] {"release", "release_lock"}) {
                method(name, (l, a) -> {
                    a.noneExpected(name);
                    l.release();
                    return PyNone.NONE;
                });
            }
            method("__exit__", (l, a) -> {
                l.release();
                return PyNone.NONE;
            });
            for (String name : new String[] {"locked", "locked_lock"}) {
                method(name, (l, a) -> {
                    a.noneExpected(name);
                    return PyBool.of(l.lock.locked());
                });
            }
        }
    }

    /**
     * {@code _thread.RLock}: a reentrant lock, owned by the thread that acquired it, on a
     * {@link VmLock}. The owner and the count are touched only by the owner (or by a thread that
     * finds it is not the owner, which reads a stale value safely: it is never itself).
     */
    static final class PyRLock extends LockObject {
        static final PyType TYPE = new PyType("RLock", "_thread", PyType.OBJECT, (t, a) -> {
            a.noneExpected("RLock");
            return new PyRLock(ThreadState.current().vm);
        });

        private volatile Thread owner;
        private long count;

        private PyRLock(Vm vm) {
            super(vm, l -> "RLock at " + l.address());
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public String repr() {
            Thread o = owner;
            return "<" + state() + " _thread.RLock object owner="
                    + (o == null ? 0 : o.getId()) + " count=" + (o == null ? 0 : count) + " at " + address() + ">";
        }

        boolean acquire(long timeoutNanos) {
            Thread me = Thread.currentThread();
            if (owner == me) {
                count++;
                return true;
            }
            if (!lock.acquire(ThreadState.current().gil, timeoutNanos)) {
                return false;
            }
            owner = me;
            count = 1;
            return true;
        }

        void release() {
            if (owner != Thread.currentThread()) {
                throw Errors.raise(PyExceptionTypes.RUNTIME_ERROR, "cannot release un-acquired lock");
            }
            if (--count == 0) {
                owner = null;
                lock.release();
            }
        }

        private static void method(String name, PyBuiltinFunction.TypedBody<PyRLock> body) {
            PyBuiltinFunction.define(TYPE, PyRLock.class, name, body);
        }

        static {
            for (String name : new String[] {"acquire", "__enter__"}) {
                method(name, (l, a) -> PyBool.of(l.acquire(timeoutOf(a))));
            }
            method("release", (l, a) -> {
                a.noneExpected("release");
                l.release();
                return PyNone.NONE;
            });
            method("__exit__", (l, a) -> {
                l.release();
                return PyNone.NONE;
            });
            method("_is_owned", (l, a) -> PyBool.of(l.owner == Thread.currentThread()));
            // Condition.wait releases an RLock completely and restores its depth afterwards.
            method("_release_save", (l, a) -> {
                if (l.owner != Thread.currentThread()) {
                    throw Errors.raise(PyExceptionTypes.RUNTIME_ERROR, "cannot release un-acquired lock");
                }
                long depth = l.count;
                l.count = 0;
                l.owner = null;
                l.lock.release();
                return PyTuple.of(PyInt.of(depth), PyInt.of(Thread.currentThread().getId()));
            });
            method("_acquire_restore", (l, a) -> {
                PyObject state = a.exactlyOne().get(0);
                long depth = Ops.index(((PyTuple) state).get(0)).longValue();
                l.lock.acquire(ThreadState.current().gil, -1);
                l.owner = Thread.currentThread();
                l.count = depth;
                return PyNone.NONE;
            });
        }
    }
}
