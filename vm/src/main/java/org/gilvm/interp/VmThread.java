package org.gilvm.interp;

import org.gilvm.heap.Mutator;

/** An OS thread that runs Python code; its thread state is one field away (no ThreadLocal lookup). */
final class VmThread extends Thread implements Mutator.Carrier {
    /** Set by the thread itself before it runs Python code. */
    private ThreadState state;

    VmThread(Runnable body, String name, long stackBytes) {
        super(null, body, name, stackBytes);
    }

    void setState(ThreadState state) {
        this.state = state;
    }

    @Override
    public Mutator mutator() {
        return state;
    }
}
