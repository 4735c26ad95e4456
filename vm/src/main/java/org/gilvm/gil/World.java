package org.gilvm.gil;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.gilvm.observe.Trace;

/**
 * Safepoints: stopping every thread that touches objects, for the audit, the cycle collector,
 * toggling the GIL and the interpreter's exit (CPython 3.13's "stop the world").
 *
 * <p>Notes on the implementation.
 * <ul>
 * <li>Every thread is attached (may touch objects), detached (in a blocking call or waiting for
 *     the GIL: touches none) or suspended (parked here). {@code attached} counts the first kind.
 * <li>{@link #stop} sets the SAFEPOINT bit on every thread's eval breaker and waits until the
 *     stopper is the only attached thread. Attached threads park at their next switch point
 *     ({@link #park}); detached ones are held when they try to attach ({@link #attach}).
 * <li>With the GIL on, the stopper holds the GIL and every other thread is detached (waiting for
 *     it, or blocked), so a stop costs one lock. With it off, the stopper waits for the others to
 *     reach a switch point.
 * <li>While a thread has the world stopped it neither parks nor gives up the GIL (the caller sees
 *     to the latter through {@link #isStopper}): a stopper that let another thread take the GIL
 *     would wait for it forever, since that thread cannot attach until the world starts again.
 * <li>At exit the world is stopped for good ({@link #stopForever}): daemon threads stay parked
 *     while the interpreter finalizes, as CPython's daemon threads hang when they try to take the
 *     GIL after finalization began.
 * </ul>
 */
public final class World {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<GilThread> threads = new CopyOnWriteArrayList<>();
    private final Gil gil;

    /** Guarded by {@code lock}. */
    private int attached;
    private volatile GilThread stopper;
    /** Stops nest (an audit during a collection's __del__): the world starts when the outermost ends. */
    private int stopDepth;
    private boolean forever;
    private boolean abandoned;

    public World(Gil gil) {
        this.gil = gil;
    }

    public void add(GilThread t) {
        threads.add(t);
    }

    public void remove(GilThread t) {
        threads.remove(t);
    }

    public GilThread[] threads() {
        return threads.toArray(new GilThread[0]);
    }

    /** The thread may touch objects again: it takes the GIL (if on) and waits out a stopped world. */
    public void attach(GilThread t) {
        gil.take(t);
        markAttached(t);
        holdGilIfOn(t);
    }

    /**
     * Every way back to attached ends here. The GIL may have been switched on while the thread
     * waited to attach, was parked, or gave up a GIL that was then switched off: then it
     * takes the GIL as any waiter does, detached, since a thread attached while it waits for the
     * GIL would hold up every safepoint. The stopper needs no GIL while the others are stopped.
     */
    private void holdGilIfOn(GilThread t) {
        while (t.status == GilThread.Status.ATTACHED && gil.enabled() && !t.holdsGil && stopper != t) {
            markDetached(t, Trace.State.WAITING_FOR_GIL, null);
            gil.take(t);
            markAttached(t);
        }
    }

    /**
     * The thread stops touching objects (a blocking call, or its end): it lets go of the GIL.
     * {@code why} is what the timeline shows meanwhile; {@code detail}, on what and where (null
     * unless the run is traced).
     */
    public void detach(GilThread t, Trace.State why, String detail) {
        markDetached(t, why, detail);
        if (stopper != t) {
            gil.drop(t);
        }
    }

    /**
     * The GIL's holder was asked to drop it: detached, it hands the GIL over (waiting until another
     * thread took it) and queues to take it back.
     */
    public void yieldGil(GilThread t) {
        markDetached(t, Trace.State.WAITING_FOR_GIL, null);
        gil.yieldTo(t);
        markAttached(t);
        holdGilIfOn(t);
    }

    private void markAttached(GilThread t) {
        lock.lock();
        try {
            if (stopper != null && stopper != t) {
                t.trace(Trace.State.PARKED, null);
            }
            while (stopper != null && stopper != t) {
                changed.awaitUninterruptibly();
            }
            t.status = GilThread.Status.ATTACHED;
            attached++;
        } finally {
            lock.unlock();
        }
        t.traceRunning();
    }

    private void markDetached(GilThread t, Trace.State why, String detail) {
        lock.lock();
        try {
            if (t.status == GilThread.Status.ATTACHED) {
                t.trace(why, detail);
                t.status = GilThread.Status.DETACHED;
                attached--;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Whether {@code t} has the world stopped now. */
    public boolean isStopper(GilThread t) {
        return stopper == t;
    }

    /** A switch point found SAFEPOINT set: park until the world starts again. */
    public void park(GilThread t) {
        t.breaker.take(EvalBreaker.SAFEPOINT);
        lock.lock();
        try {
            if (stopper == null || stopper == t) {
                return;
            }
            suspendWhileStopped(t);
        } finally {
            lock.unlock();
        }
        holdGilIfOn(t);
        t.traceRunning();
    }

    private void suspendWhileStopped(GilThread t) {
        t.trace(Trace.State.PARKED, null);
        t.status = GilThread.Status.SUSPENDED;
        attached--;
        changed.signalAll();
        while (stopper != null && stopper != t) {
            changed.awaitUninterruptibly();
        }
        t.status = GilThread.Status.ATTACHED;
        attached++;
    }

    /**
     * Stops every other thread at a safepoint and returns once they are parked or detached.
     * {@code self} is the calling thread if it is attached, or null for a thread outside the
     * program (the live mode's server). Another stop in progress is waited out first. Returns
     * false, having stopped nothing, when a thread outside the program asks after the program
     * ended ({@link #abandon}): its threads may never reach a switch point again.
     */
    public boolean stop(GilThread self) {
        GilThread me = self == null ? OUTSIDER : self;
        lock.lock();
        try {
            while (stopper != null && stopper != me) {
                if (me == OUTSIDER && abandoned) {
                    return false;
                }
                if (me.status == GilThread.Status.ATTACHED) {
                    suspendWhileStopped(me);
                    me.traceRunning();
                } else {
                    changed.awaitUninterruptibly();
                }
            }
            if (me == OUTSIDER && abandoned) {
                return false;
            }
            stopper = me;
            if (stopDepth++ > 0) {
                return true;
            }
            for (GilThread t : threads) {
                if (t != me) {
                    t.breaker.set(EvalBreaker.SAFEPOINT);
                }
            }
            int mine = me.status == GilThread.Status.ATTACHED ? 1 : 0;
            while (attached > mine) {
                if (me == OUTSIDER && abandoned) {
                    stopDepth = 0;
                    stopper = null;
                    changed.signalAll();
                    return false;
                }
                changed.awaitUninterruptibly();
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Lets the parked and held threads go on. */
    public void start() {
        GilThread was = stopper;
        lock.lock();
        try {
            if (--stopDepth > 0 || forever) {
                return;
            }
            stopper = null;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (was != null && was != OUTSIDER) {
            holdGilIfOn(was); // the GIL was switched on while this thread had the world stopped
        }
    }

    /**
     * The program is over, however it ended: a stop asked from outside (the live mode's switch)
     * returns at once from now on rather than wait for threads that are gone or unwinding.
     */
    public void abandon() {
        lock.lock();
        try {
            abandoned = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The interpreter is exiting: stop the world and never start it again. */
    public void stopForever(GilThread self) {
        stop(self);
        lock.lock();
        try {
            forever = true;
        } finally {
            lock.unlock();
        }
    }

    /** The stopper of a stop requested from outside the program's threads. */
    private static final GilThread OUTSIDER = new GilThread("(outside)");
}
