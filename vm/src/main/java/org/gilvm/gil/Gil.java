package org.gilvm.gil;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.gilvm.observe.Trace;

/**
 * The global interpreter lock, as CPython's {@code Python/ceval_gil.c} implements it.
 *
 * <p>Notes on the implementation (docs/gil.md tells the story with the reasoning).
 * <ul>
 * <li>The GIL is a {@code locked} flag guarded by {@code mutex}, with a condition {@code cond}
 *     that waiters sleep on. A Java lock object would not do: CPython's hand-off protocol needs
 *     the timed wait and the drop request, which a plain lock cannot express.
 * <li>{@link #take}: a thread that finds the GIL locked waits on {@code cond} for at most the
 *     switch interval (5 ms by default). If the wait timed out, the GIL is still locked and no
 *     hand-off happened meanwhile ({@code switchNumber} unchanged), it sets the drop request on
 *     the holder's eval breaker. The check on {@code switchNumber} matters: without it a waiter
 *     that lost a race for the GIL would ask the new holder to drop at once, before it had run
 *     for an interval.
 * <li>The holder sees the request at its next switch point and calls {@link #yieldTo}: it drops
 *     the GIL and, because a drop was requested (CPython's FORCE_SWITCHING), waits on
 *     {@code switchCond} until another thread has taken it. Otherwise the OS would usually let
 *     the dropping thread, already running, win the GIL straight back, and the waiter would
 *     starve: the "convoy" problem of the old GIL (David Beazley, 2009).
 * <li>{@code switchNumber} counts hand-offs (a take by a thread other than the last holder);
 *     {@code lastHolder} is that thread.
 * <li>Switching the GIL off (at a safepoint, or before threads start) makes {@link #take} and
 *     {@link #drop} do nothing but keep the statistics honest; waiters wake and go on without it.
 * </ul>
 */
public final class Gil {
    private final ReentrantLock mutex = new ReentrantLock();
    private final Condition cond = mutex.newCondition();
    private final ReentrantLock switchMutex = new ReentrantLock();
    private final Condition switchCond = switchMutex.newCondition();

    /** Guarded by {@code mutex}. */
    private boolean locked;
    /**
     * Threads inside {@link #take} waiting for the GIL. Written under {@code mutex}; read without
     * it by {@link #yieldTo}, which holds {@code switchMutex} and must not take {@code mutex}
     * (take locks them in the other order).
     */
    private volatile int waiters;
    /** The thread holding the GIL, where a drop request is aimed. */
    private volatile GilThread holder;
    private volatile GilThread lastHolder;
    private volatile long switchNumber;
    private final AtomicLong dropRequests = new AtomicLong();
    private volatile long intervalNanos;
    private volatile boolean enabled;
    /** Where the count of waiters goes when the run is traced; null otherwise. */
    private final Trace trace;

    public Gil(boolean enabled, long intervalNanos, Trace trace) {
        this.enabled = enabled;
        this.intervalNanos = intervalNanos;
        this.trace = trace;
    }

    public Gil(boolean enabled, long intervalNanos) {
        this(enabled, intervalNanos, null);
    }

    public boolean enabled() {
        return enabled;
    }

    public long intervalNanos() {
        return intervalNanos;
    }

    /** {@code sys.setswitchinterval}: applies from the next wait on. */
    public void setIntervalNanos(long nanos) {
        this.intervalNanos = nanos;
    }

    /** Hand-offs so far: CPython's {@code switch_number}. */
    public long switches() {
        return switchNumber;
    }

    public long dropRequests() {
        return dropRequests.get();
    }

    /** CPython's {@code take_gil}. Returns with the GIL held, unless the GIL is (or was switched) off. */
    public void take(GilThread t) {
        if (!enabled || t.holdsGil) {
            return;
        }
        long start = System.nanoTime();
        boolean interrupted = false;
        mutex.lock();
        try {
            waiterCount(+1);
            if (locked && enabled) {
                t.trace(Trace.State.WAITING_FOR_GIL, null);
            }
            while (locked && enabled) {
                long saved = switchNumber;
                long interval = Math.max(intervalNanos, 1000);
                boolean timedOut;
                try {
                    timedOut = cond.awaitNanos(interval) <= 0;
                } catch (InterruptedException e) {
                    interrupted = true;
                    timedOut = false;
                }
                if (timedOut && locked && switchNumber == saved) {
                    requestDrop(t);
                }
            }
            waiterCount(-1);
            if (!enabled) {
                return;
            }
            switchMutex.lock();
            try {
                locked = true;
                holder = t;
                if (lastHolder != t) {
                    lastHolder = t;
                    switchNumber++;
                }
                switchCond.signalAll();
            } finally {
                switchMutex.unlock();
            }
            // A request aimed at this thread before it last dropped the GIL is stale now.
            t.breaker.take(EvalBreaker.GIL_DROP_REQUEST);
            long now = System.nanoTime();
            t.tookGil(now - start, now);
        } finally {
            mutex.unlock();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Under {@code mutex}. */
    private void waiterCount(int change) {
        waiters += change;
        if (trace != null) {
            trace.gilWaiters(waiters);
        }
    }

    private void requestDrop(GilThread requester) {
        GilThread h = holder;
        if (h != null) {
            h.breaker.set(EvalBreaker.GIL_DROP_REQUEST);
            dropRequests.incrementAndGet();
            requester.askedToDrop(h);
        }
    }

    /** CPython's {@code drop_gil} without a drop request: a blocking call lets others run. */
    public void drop(GilThread t) {
        release(t);
    }

    /**
     * The holder saw the drop request at a switch point: it drops the GIL, waits until another
     * thread has taken it (FORCE_SWITCHING), then queues to take it back.
     */
    public void yieldTo(GilThread t) {
        if (!release(t)) {
            return;
        }
        t.forcedToSwitch();
        t.trace(Trace.State.WAITING_FOR_GIL, null);
        switchMutex.lock();
        try {
            while (lastHolder == t && enabled && waiters > 0) {
                switchCond.awaitUninterruptibly();
            }
        } finally {
            switchMutex.unlock();
        }
        take(t);
    }

    /** Unlocks the GIL and wakes one waiter; false if the thread did not hold it. */
    private boolean release(GilThread t) {
        if (!t.holdsGil) {
            return false;
        }
        mutex.lock();
        try {
            t.droppedGil(System.nanoTime());
            if (holder == t) {
                holder = null;
                locked = false;
                cond.signal();
            }
        } finally {
            mutex.unlock();
        }
        return true;
    }

    /**
     * Switches the GIL on or off. The caller has the world stopped (or no other thread runs yet),
     * so no thread is between a take and a drop; those parked at the safepoint take the GIL again,
     * if it is on, when they resume ({@link World#park}).
     */
    public void setEnabled(boolean on, GilThread[] everyThread) {
        mutex.lock();
        try {
            long now = System.nanoTime();
            for (GilThread t : everyThread) {
                if (t.holdsGil) {
                    t.droppedGil(now);
                }
            }
            enabled = on;
            locked = false;
            holder = null;
            cond.signalAll();
        } finally {
            mutex.unlock();
        }
        switchMutex.lock();
        try {
            switchCond.signalAll();
        } finally {
            switchMutex.unlock();
        }
    }

    /** For tests: whether the GIL is locked now. */
    boolean isLocked() {
        mutex.lock();
        try {
            return locked;
        } finally {
            mutex.unlock();
        }
    }
}
