package org.gilvm.gil;

/**
 * A thread as the GIL and the safepoint machinery see it: its eval breaker, whether it holds the
 * GIL, whether it is attached (may touch objects), and its share of the GIL statistics.
 *
 * <p>The fields without {@code volatile} are written only by the thread itself, or read by others
 * after a lock hand-off (the GIL's mutex, the world's lock) that orders them.
 */
public final class GilThread {
    /** What the thread is doing, as in CPython 3.13's thread states. */
    public enum Status {
        /** Running bytecode or Java code that touches objects. */
        ATTACHED,
        /** In a blocking call (or waiting for the GIL, or not started): touches no object. */
        DETACHED,
        /** Parked at a safepoint while another thread has the world stopped. */
        SUSPENDED
    }

    private final String name;
    public final EvalBreaker breaker = new EvalBreaker();
    volatile Status status = Status.DETACHED;

    /** Where the thread is in the program ("x.py:12"), for deadlock reports; set by the interpreter. */
    private volatile java.util.function.Supplier<String> place = () -> "?";

    // Guarded by the lock table's monitor (see Waits): what the thread is blocked on, and what it holds.
    VmLock waitingFor;
    boolean waitTimed;
    String waitingAt;
    final java.util.List<VmLock> held = new java.util.ArrayList<>();

    boolean holdsGil;
    private long heldSince;
    private long holdNanos;
    private long waitNanos;
    private long acquisitions;

    public GilThread(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public void setPlace(java.util.function.Supplier<String> place) {
        this.place = place;
    }

    String place() {
        return place.get();
    }

    void tookGil(long waitedNanos, long now) {
        holdsGil = true;
        heldSince = now;
        waitNanos += waitedNanos;
        acquisitions++;
    }

    void droppedGil(long now) {
        holdsGil = false;
        holdNanos += now - heldSince;
    }

    /** Time spent holding the GIL, the current hold included. */
    public long holdNanos() {
        return holdsGil ? holdNanos + (System.nanoTime() - heldSince) : holdNanos;
    }

    public long waitNanos() {
        return waitNanos;
    }

    public long acquisitions() {
        return acquisitions;
    }
}
