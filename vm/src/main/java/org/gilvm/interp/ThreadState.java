package org.gilvm.interp;

import org.gilvm.gil.EvalBreaker;
import org.gilvm.gil.GilThread;
import org.gilvm.heap.Mutator;
import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;
import org.gilvm.heap.Site;
import org.gilvm.objects.PyBaseException;
import org.gilvm.observe.Trace;

/**
 * What the interpreter keeps per OS thread: the VM it runs in, the innermost frame (the chain of
 * {@link Frame#back} links is the thread's Python stack, which tracebacks, reports and the audit
 * walk), and the recursion depth that RecursionError guards. It is also the thread's
 * {@link Mutator}: its share of the heap.
 */
public final class ThreadState extends Mutator {
    public final Vm vm;
    public final String name;
    /** The thread as the GIL and the safepoints see it. */
    public final GilThread gil;
    /** {@code gil.breaker}, one field away for the dispatch loop. */
    final EvalBreaker breaker;
    Frame frame;
    int depth;
    /**
     * The exceptions being handled (sys.exc_info()), innermost last: pushed when an except or
     * finally block starts, popped when it ends. Each entry owns a reference; the audit counts them.
     */
    private PyBaseException[] handled = new PyBaseException[8];
    private int nhandled;

    void pushHandled(PyBaseException e) {
        addHandled(RefCount.newRef(e));
    }

    /** Appends an exception whose reference the stack takes over. */
    private void addHandled(PyBaseException owned) {
        if (nhandled == handled.length) {
            handled = java.util.Arrays.copyOf(handled, nhandled * 2);
        }
        handled[nhandled++] = owned;
    }

    /** Running one more frame would pass the recursion limit (RecursionError). */
    boolean atRecursionLimit() {
        return depth >= vm.recursionLimit();
    }

    void popHandled() {
        PyBaseException e = handled[--nhandled];
        handled[nhandled] = null;
        RefCount.decref(e);
    }

    /** Set by SEND's helper when the subiterator returned instead of yielding (read at once by SEND). */
    boolean subiteratorReturned;

    int handledCount() {
        return nhandled;
    }

    /** A generator resumes: the exceptions it was handling when it yielded are handled again (the references move). */
    void restoreHandled(PyBaseException[] saved) {
        for (PyBaseException e : saved) {
            addHandled(e);
        }
    }

    /** A generator leaves: the exceptions it pushed since {@code base} go with it (the references move). */
    PyBaseException[] saveHandled(int base) {
        if (nhandled == base) {
            return NO_EXCEPTIONS;
        }
        PyBaseException[] saved = java.util.Arrays.copyOfRange(handled, base, nhandled);
        java.util.Arrays.fill(handled, base, nhandled, null);
        nhandled = base;
        return saved;
    }

    static final PyBaseException[] NO_EXCEPTIONS = new PyBaseException[0];

    /** The exception being handled now, or null (borrowed). */
    PyBaseException handledNow() {
        return nhandled == 0 ? null : handled[nhandled - 1];
    }

    void visitHandled(RefVisitor v) {
        for (int i = 0; i < nhandled; i++) {
            v.visit(handled[i]);
        }
    }

    ThreadState(Vm vm, GilThread gil) {
        super(vm.heap(), gil.name());
        this.vm = vm;
        this.name = gil.name();
        this.gil = gil;
        this.breaker = gil.breaker;
        gil.setPlace(this::place);
        gil.setInModule(this::inModule);
    }

    /** A call that blocks: it may not touch objects, and may throw InterruptedException. */
    @FunctionalInterface
    public interface BlockingCall<T> {
        T call() throws InterruptedException, java.io.IOException;
    }

    /**
     * Runs a blocking call with the GIL released (the thread detached), and takes the GIL back
     * afterwards: the one helper around every call that waits for the world outside (sleep, I/O,
     * hashing a large buffer). Locks and their kin wait through {@link org.gilvm.gil.VmLock}.
     * {@code why} is what the timeline shows meanwhile.
     */
    public <T> T withoutGil(Trace.State why, BlockingCall<T> call) throws InterruptedException, java.io.IOException {
        vm.world().detach(gil, why, gil.traced() ? place() : null);
        try {
            return call.call();
        } finally {
            vm.world().attach(gil);
        }
    }

    /**
     * Where this thread is in the program, as "file:line": the innermost frame of the program's
     * own code (not of gilvm's modules written in Python), for deadlock reports.
     */
    String place() {
        Frame innermost = frame;
        for (Frame f = innermost; f != null; f = f.back) {
            if (!f.code.filename().startsWith(Vm.LIBRARY_PREFIX)) {
                return f.code.filename() + ":" + f.line();
            }
        }
        return innermost == null ? "?" : innermost.code.filename() + ":" + innermost.line();
    }

    /** Whether a frame of gilvm's module {@code name} (written in Python) is on this thread's stack. */
    private boolean inModule(String name) {
        String file = Vm.LIBRARY_PREFIX + name + ".py";
        for (Frame f = frame; f != null; f = f.back) {
            if (f.code.filename().equals(file)) {
                return true;
            }
        }
        return false;
    }

    public static ThreadState current() {
        return (ThreadState) Mutator.current();
    }

    public Frame frame() {
        return frame;
    }

    @Override
    protected Site currentSite() {
        Frame f = frame;
        return f == null ? null : f.code;
    }

    @Override
    protected int currentPc() {
        Frame f = frame;
        return f == null ? 0 : Math.max(0, f.pc - 1);
    }
}
