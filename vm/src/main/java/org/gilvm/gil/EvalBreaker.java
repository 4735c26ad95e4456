package org.gilvm.gil;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One word that folds every reason for a running thread to leave the fast path at its next switch
 * point: heap work (a cycle collection, biased-count merges), a periodic audit, and later the GIL
 * drop request and safepoints. The dispatch loop reads it once per switch point; the read is
 * volatile so the JIT cannot hoist it out of a loop.
 */
public final class EvalBreaker {
    /** The heap asked for a collection or a merge ({@code Heap.runPendingWork}). */
    public static final int HEAP_WORK = 1;
    /** A periodic audit is due (tests and {@code --audit-every}). */
    public static final int AUDIT = 2;

    private static final VarHandle BITS;

    static {
        try {
            BITS = MethodHandles.lookup().findVarHandle(EvalBreaker.class, "bits", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile int bits;

    public boolean pending() {
        return bits != 0;
    }

    public void set(int bit) {
        BITS.getAndBitwiseOr(this, bit);
    }

    /** Clears {@code bit} and says whether it was set. */
    public boolean take(int bit) {
        return ((int) BITS.getAndBitwiseAnd(this, ~bit) & bit) != 0;
    }
}
