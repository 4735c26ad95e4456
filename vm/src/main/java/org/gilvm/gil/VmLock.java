package org.gilvm.gil;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import org.gilvm.observe.Trace;

/**
 * A lock as CPython's {@code _thread.lock}: locked or not, released by any thread, no owner
 * checks. It is the one blocking primitive of gilvm's threads: RLock, Condition, Semaphore,
 * Event, Barrier, Queue and join are all built from it, as CPython builds them, so the deadlock
 * detector in {@link Waits} sees every way a thread can wait for another.
 *
 * <p>A blocked acquire detaches the thread (it gives up the GIL and touches no object) and waits
 * on this lock's condition of the shared monitor; it attaches again before it returns.
 */
public final class VmLock {
    private final Waits waits;
    private final Condition released;
    /** What the deadlock report calls this lock ("Lock at 0x7f3a00001030"). */
    private final java.util.function.Supplier<String> label;

    // Guarded by the monitor.
    private boolean locked;
    private GilThread owner;
    private String acquiredAt;
    private final List<GilThread> waiting = new ArrayList<>();

    VmLock(Waits waits, java.util.function.Supplier<String> label) {
        this.waits = waits;
        this.released = waits.monitor.newCondition();
        this.label = label;
    }

    public String label() {
        return label.get();
    }

    /**
     * Acquires, waiting at most {@code timeoutNanos} (negative: forever; zero: not at all).
     * Returns whether the lock was acquired.
     */
    public boolean acquire(GilThread t, long timeoutNanos) {
        if (tryAcquire(t)) {
            return true;
        }
        if (timeoutNanos == 0) {
            return false;
        }
        String where = t.place();
        if (t.traced()) {
            waits.world.detach(t, blockedState(t), label() + " at " + where);
        } else {
            waits.world.detach(t, Trace.State.BLOCKED_LOCK, null);
        }
        try {
            return waitFor(t, timeoutNanos, where);
        } finally {
            waits.world.attach(t);
        }
    }

    /** What the timeline calls this wait: a join waits for a thread's end lock, a queue for its conditions. */
    private Trace.State blockedState(GilThread t) {
        if (label().startsWith("the end of ")) {
            return Trace.State.BLOCKED_JOIN;
        }
        return t.inModule("queue") ? Trace.State.BLOCKED_QUEUE : Trace.State.BLOCKED_LOCK;
    }

    /** Locks a new lock on behalf of {@code t} (a thread's end lock, held by it from before it starts). */
    public void acquireFor(GilThread t) {
        if (!tryAcquireAt(t, "its start")) {
            throw new IllegalStateException("acquireFor on a locked lock");
        }
    }

    private boolean tryAcquire(GilThread t) {
        return tryAcquireAt(t, null);
    }

    private boolean tryAcquireAt(GilThread t, String where) {
        waits.monitor.lock();
        try {
            if (locked) {
                return false;
            }
            grant(t, where != null ? where : t.place());
            return true;
        } finally {
            waits.monitor.unlock();
        }
    }

    private boolean waitFor(GilThread t, long timeoutNanos, String where) {
        long deadline = timeoutNanos > 0 ? System.nanoTime() + timeoutNanos : 0;
        waits.monitor.lock();
        try {
            waiting.add(t);
            while (locked) {
                waits.checkAborted();
                t.waitingFor = this;
                t.waitTimed = timeoutNanos > 0;
                t.waitingAt = where;
                if (timeoutNanos < 0) {
                    waits.checkDeadlock();
                    released.awaitUninterruptibly();
                } else {
                    long remaining = deadline - System.nanoTime();
                    if (remaining <= 0) {
                        return false;
                    }
                    awaitNanos(remaining);
                }
            }
            waits.checkAborted();
            grant(t, where);
            return true;
        } finally {
            waiting.remove(t);
            t.waitingFor = null;
            waits.monitor.unlock();
        }
    }

    private void awaitNanos(long nanos) {
        try {
            released.awaitNanos(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void grant(GilThread t, String where) {
        locked = true;
        owner = t;
        acquiredAt = where;
        t.held.add(this);
    }

    /** Releases the lock; false if it was not locked (the caller raises CPython's RuntimeError). */
    public boolean release() {
        waits.monitor.lock();
        try {
            if (!locked) {
                return false;
            }
            locked = false;
            owner.held.remove(this);
            owner = null;
            // The waiters can run now: until they find the lock taken again, none of them is blocked.
            for (GilThread w : waiting) {
                w.waitingFor = null;
            }
            released.signalAll();
            return true;
        } finally {
            waits.monitor.unlock();
        }
    }

    /** The lock's object died: a lock nobody can reach is held by no one (a Condition's spent waiter). */
    public void discard() {
        waits.monitor.lock();
        try {
            if (locked && owner != null) {
                owner.held.remove(this);
            }
        } finally {
            waits.monitor.unlock();
        }
    }

    public boolean locked() {
        waits.monitor.lock();
        try {
            return locked;
        } finally {
            waits.monitor.unlock();
        }
    }

    /** Wakes the waiters so they see the program was aborted. Under the monitor. */
    void wakeAll() {
        released.signalAll();
    }

    GilThread owner() {
        return owner;
    }

    String acquiredAt() {
        return acquiredAt;
    }
}
