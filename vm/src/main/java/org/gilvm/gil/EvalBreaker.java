package org.gilvm.gil;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One word per thread that folds every reason for it to leave the fast path at its next switch
 * point: the GIL drop request, a safepoint (stop the world), heap work (a cycle collection,
 * biased-count merges) and a periodic audit. As in CPython 3.13 the word is per thread, so a
 * request can be aimed at the thread that must act on it (the GIL holder, the owner of queued
 * merges). The dispatch loop reads it once per switch point; the read is volatile so the JIT
 * cannot hoist it out of a loop.
 */
public final class EvalBreaker {
    /** The heap asked for a collection or a merge ({@code Heap.runPendingWork}). */
    public static final int HEAP_WORK = 1;
    /** A periodic audit is due (tests and {@code --audit-every}). */
    public static final int AUDIT = 2;
    /** Another thread has waited a whole switch interval for the GIL: give it up ({@link Gil}). */
    public static final int GIL_DROP_REQUEST = 4;
    /** A thread wants the world stopped: park at this switch point ({@link World}). */
    public static final int SAFEPOINT = 8;
    /** The program is over (a deadlock or a crash elsewhere): unwind ({@link Aborted}). */
    public static final int ABORT = 16;

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

    public boolean isSet(int bit) {
        return (bits & bit) != 0;
    }

    public void set(int bit) {
        BITS.getAndBitwiseOr(this, bit);
    }

    /** Clears {@code bit} and says whether it was set. */
    public boolean take(int bit) {
        return ((int) BITS.getAndBitwiseAnd(this, ~bit) & bit) != 0;
    }
}
