package org.gilvm.gil;

import org.gilvm.observe.Trace;

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
    /** Whether a frame of one of gilvm's own modules ("queue") is on the stack; set by the interpreter. */
    private volatile java.util.function.Predicate<String> inModule = module -> false;
    /** This thread's timeline, or null when the run is not traced. */
    private Trace.Track track;
    /** What the thread does now (the state last entered), for the live mode's lanes; null before it starts. */
    private volatile Trace.State now;

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
    private long forcedSwitches;
    private long dropRequestsMade;

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

    public void setInModule(java.util.function.Predicate<String> inModule) {
        this.inModule = inModule;
    }

    boolean inModule(String module) {
        return inModule.test(module);
    }

    /** Records this thread's timeline into {@code track} from now on; set before the thread starts. */
    public void setTrack(Trace.Track track) {
        this.track = track;
    }

    /** Whether the run is traced: callers compute a detail for {@link #trace} only then. */
    public boolean traced() {
        return track != null;
    }

    /** The thread is now in {@code state} (on its own track; only the thread itself calls this). */
    public void trace(Trace.State state, String detail) {
        now = state;
        if (track != null) {
            track.enter(state, detail);
        }
    }

    /**
     * An asyncio task step begins on this thread's loop ({@code label} names the task), or the
     * step ends ({@code label} null). Recorded on the thread's task track, only when traced.
     */
    public void traceTaskStep(String label) {
        if (track != null) {
            track.tasks().enter(label == null ? Trace.State.IDLE : Trace.State.TASK_STEP, label);
        }
    }

    void traceRunning() {
        trace(holdsGil ? Trace.State.RUNNING_WITH_GIL : Trace.State.RUNNING_WITHOUT_GIL, null);
    }

    public void traceInstant(Trace.Instant what, String detail) {
        if (track != null) {
            track.instant(what, detail);
        }
    }

    void askedToDrop(GilThread holder) {
        dropRequestsMade++;
        if (track != null) {
            track.instant(Trace.Instant.DROP_REQUEST, "asks " + holder.name() + " to drop the GIL");
        }
    }

    void forcedToSwitch() {
        forcedSwitches++;
        traceInstant(Trace.Instant.FORCED_SWITCH, "dropped the GIL on request");
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

    /** What the thread does now: running, waiting for the GIL, blocked, parked; null before it starts. */
    public Trace.State state() {
        return now;
    }

    public long waitNanos() {
        return waitNanos;
    }

    public long acquisitions() {
        return acquisitions;
    }

    /** Times this thread dropped the GIL because another asked for it. */
    public long forcedSwitches() {
        return forcedSwitches;
    }

    /** Drop requests this thread made while waiting for the GIL. */
    public long dropRequestsMade() {
        return dropRequestsMade;
    }
}
