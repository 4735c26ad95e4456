package org.gilvm.gil;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.gilvm.observe.Trace;

/**
 * Every blocked thread of a program, and the deadlock detector that watches them.
 *
 * <p>Notes on the implementation.
 * <ul>
 * <li>All of a program's {@link VmLock}s share one monitor, so "who waits for what, who holds
 *     what" changes atomically and the detector reads a consistent picture. Lock operations are
 *     rare next to bytecode, so one monitor costs little.
 * <li>A deadlock is when every live program thread is blocked, without a timeout, on a lock (a
 *     Lock, or what is built from one: Condition, Semaphore, Event, Queue, join). A thread that
 *     runs, sleeps, does I/O, waits for the GIL or waits with a timeout can still wake the others.
 *     The last thread to block sees it, under the monitor, before it sleeps.
 * <li>A release marks the lock's waiters runnable at once, under the monitor: a waiter that was
 *     signalled but has not run yet must not look blocked to the detector.
 * <li>CPython would hang forever; gilvm prints who holds and who waits for what, and the cycle.
 * </ul>
 */
public final class Waits {
    final ReentrantLock monitor = new ReentrantLock();
    private final Condition sleepers = monitor.newCondition();
    final World world;
    private final Consumer<String> onDeadlock;
    private volatile boolean aborted;

    /** {@code onDeadlock} gets the report; it ends the program (exit status 3). */
    public Waits(World world, Consumer<String> onDeadlock) {
        this.world = world;
        this.onDeadlock = onDeadlock;
    }

    public VmLock newLock(Supplier<String> label) {
        return new VmLock(this, label);
    }

    /** {@code time.sleep}: detached, and woken early only if the program is aborted. */
    public void sleep(GilThread t, long nanos) {
        world.detach(t, Trace.State.BLOCKED_SLEEP, t.traced() ? "time.sleep at " + t.place() : null);
        try {
            long deadline = System.nanoTime() + nanos;
            monitor.lock();
            try {
                for (long left = nanos; left > 0 && !aborted; left = deadline - System.nanoTime()) {
                    sleepers.awaitNanos(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                monitor.unlock();
            }
        } finally {
            world.attach(t);
        }
        checkAborted();
    }

    /** The program is over: every blocked or sleeping thread wakes and unwinds ({@link Aborted}). */
    public void abort() {
        monitor.lock();
        try {
            aborted = true;
            for (GilThread t : world.threads()) {
                if (t.waitingFor != null) {
                    t.waitingFor.wakeAll();
                }
            }
            sleepers.signalAll();
        } finally {
            monitor.unlock();
        }
    }

    public boolean aborted() {
        return aborted;
    }

    void checkAborted() {
        if (aborted) {
            throw new Aborted();
        }
    }

    /** Called under the monitor by a thread about to block without a timeout. */
    void checkDeadlock() {
        if (deadlocked()) {
            throw new Aborted();
        }
    }

    /**
     * A thread left the program: if it was the last one that could have woken the others, they
     * are deadlocked now, and nobody else would look.
     */
    public void threadLeft() {
        monitor.lock();
        try {
            deadlocked();
        } finally {
            monitor.unlock();
        }
    }

    /** Under the monitor: reports and aborts if every live thread is blocked for good. */
    private boolean deadlocked() {
        GilThread[] threads = world.threads();
        if (threads.length == 0 || aborted) {
            return false;
        }
        for (GilThread t : threads) {
            if (t.waitingFor == null || t.waitTimed) {
                return false;
            }
        }
        String report = report(threads);
        aborted = true;
        onDeadlock.accept(report);
        abort();
        return true;
    }

    private static String report(GilThread[] threads) {
        StringBuilder sb = new StringBuilder("Deadlock detected: every thread is blocked, and none can wake.\n");
        for (GilThread t : threads) {
            sb.append("\nThread ").append(t.name()).append(":\n");
            for (VmLock held : t.held) {
                // A thread's own end lock is what joins wait for: telling that it holds it says nothing.
                if (held != t.waitingFor && !held.label().equals("the end of " + t.name())) {
                    sb.append("  holds ").append(held.label()).append(" (acquired at ").append(held.acquiredAt())
                            .append(")\n");
                }
            }
            VmLock w = t.waitingFor;
            sb.append("  waits for ").append(w.label()).append(" at ").append(t.waitingAt);
            GilThread owner = w.owner();
            if (owner == t) {
                sb.append(", which only another thread can release");
            } else if (owner != null) {
                sb.append(", held by ").append(owner.name()).append(" since ").append(w.acquiredAt());
            }
            sb.append('\n');
        }
        List<GilThread> cycle = cycle(threads);
        if (!cycle.isEmpty()) {
            sb.append("\nCycle: ");
            for (GilThread t : cycle) {
                sb.append(t.name()).append(" -> ");
            }
            sb.append(cycle.get(0).name()).append('\n');
        }
        return sb.toString();
    }

    /** A cycle in "waits for a lock held by", if there is one. */
    private static List<GilThread> cycle(GilThread[] threads) {
        for (GilThread start : threads) {
            Set<GilThread> path = new LinkedHashSet<>();
            GilThread t = start;
            while (t != null && path.add(t)) {
                GilThread next = t.waitingFor == null ? null : t.waitingFor.owner();
                t = next == t ? null : next;
            }
            if (t != null) {
                List<GilThread> all = new ArrayList<>(path);
                return all.subList(all.indexOf(t), all.size());
            }
        }
        return List.of();
    }
}
