package org.gilvm.interp;

import org.gilvm.heap.Mutator;
import org.gilvm.heap.Site;

/**
 * What the interpreter keeps per OS thread: the VM it runs in, the innermost frame (the chain of
 * {@link Frame#back} links is the thread's Python stack, which tracebacks, reports and the audit
 * walk), and the recursion depth that RecursionError guards. It is also the thread's
 * {@link Mutator}: its share of the heap.
 */
public final class ThreadState extends Mutator {
    public final Vm vm;
    public final String name;
    Frame frame;
    int depth;

    ThreadState(Vm vm, String name) {
        super(vm.heap(), name);
        this.vm = vm;
        this.name = name;
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
