package org.gilvm.interp;

/**
 * What the interpreter keeps per OS thread: the VM it runs in, the innermost frame (the chain of
 * {@link Frame#back} links is the thread's Python stack, which tracebacks and reports walk), and
 * the recursion depth that RecursionError guards.
 */
public final class ThreadState {
    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

    public final Vm vm;
    public final String name;
    Frame frame;
    int depth;

    ThreadState(Vm vm, String name) {
        this.vm = vm;
        this.name = name;
    }

    public static ThreadState current() {
        ThreadState ts = CURRENT.get();
        if (ts == null) {
            throw new IllegalStateException("no gilvm thread state on " + Thread.currentThread().getName());
        }
        return ts;
    }

    /** Attaches this state to the calling OS thread. */
    void attach() {
        CURRENT.set(this);
    }

    void detach() {
        CURRENT.remove();
    }

    public Frame frame() {
        return frame;
    }
}
