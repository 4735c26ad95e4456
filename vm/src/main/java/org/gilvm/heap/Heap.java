package org.gilvm.heap;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One program's heap: its counting strategy, where objects die, the cycle collector's settings,
 * the use-after-free detector and the statistics the stats JSON reports.
 *
 * <p>Where an object dies: {@link RefCount} calls {@link #reachedZero} when a count reaches zero;
 * {@link #deallocate} runs {@code __del__} (once, and the object may come back to life), then
 * {@link #free} marks the object freed and makes it drop its references, which can free more.
 * Deallocation deeper than a few hundred levels is queued and done iteratively, as CPython's
 * trashcan does, so a long chain of objects cannot overflow the Java stack.
 */
public final class Heap {
    /** What the VM around the heap provides: the roots, thread dumps, stderr and safepoints. */
    public interface Host {
        /** Every reference held by a root: frames (locals, cells, operand stacks), module globals, the VM. */
        void visitRoots(RefVisitor visitor);

        /** The Python-level stack of every thread, in faulthandler's format, current thread first. */
        String threadDump(Mutator current);

        void printError(String text);

        /** Asks every running thread to call {@link #runPendingWork} at its next switch point. */
        void requestSafepoint();

        /**
         * Stops every other program thread at a safepoint (see gil.World); the collector and the
         * audit run between this and {@link #startWorld}, so no count changes under them.
         */
        void stopWorld();

        void startWorld();

        /** A use-after-free was detected on thread {@code m}, for the timeline; nothing to do by default. */
        default void useAfterFree(Mutator m, String what) {
        }
    }

    public enum OnCorruption { CRASH, REPORT }

    private static final int TRASHCAN_DEPTH = 500;
    /** With --on-corruption=report, the use-after-free events printed (and traced) one by one; the rest are counted. */
    static final int REPORTED_USE_AFTER_FREE = 20;

    final RefCount.Mode mode;
    final OnCorruption onCorruption;
    private Host host;
    final List<Mutator> mutators = new CopyOnWriteArrayList<>();
    /** Objects allocated by threads that have exited. */
    final List<HeapObject> retired = new ArrayList<>();
    private long retiredAllocated;
    private long retiredFreed;

    volatile boolean gcEnabled = true;
    volatile int threshold0 = 700;
    volatile int threshold1 = 10;
    volatile int threshold2 = 10;
    private volatile boolean collectionPending;
    final CycleCollector collector = new CycleCollector(this);

    private final AtomicLong useAfterFree = new AtomicLong();
    private volatile boolean crashed;
    final Audit.Totals auditTotals = new Audit.Totals();

    public Heap(RefCount.Mode mode, OnCorruption onCorruption) {
        this.mode = mode;
        this.onCorruption = onCorruption;
        RefCount.select(mode);
    }

    public void setHost(Host host) {
        this.host = host;
    }

    Host host() {
        return host;
    }

    public RefCount.Mode mode() {
        return mode;
    }

    // ------------------------------------------------------------------ where objects die

    static void reachedZero(HeapObject o) {
        Mutator m = Mutator.currentOrNull();
        if (m == null) {
            HeapObject.STATE.compareAndSet(o, HeapObject.LIVE, HeapObject.FREED);
            return;
        }
        m.heap.deallocate(o, m);
    }

    /**
     * The count reached zero: {@code __del__} first (it may resurrect), then free. Like CPython's
     * {@code subtype_dealloc}, which tracks the object again before it calls the finalizer, a
     * tracked object moves to the end of the collector's list (the young generation) first: one
     * that comes back to life stays there.
     */
    void deallocate(HeapObject o, Mutator m) {
        if (!o.finalized && o.hasFinalizer()) {
            o.finalized = true;
            if (o.gcSeq != 0) {
                o.gcSeq = m.nextGcSeq();
            }
            RefCount.resurrect(o);
            int mark = m.pin(o);
            try {
                o.runFinalizer();
            } finally {
                m.unpin(mark);
            }
            if (RefCount.dropResurrection(o) > 0) {
                return;
            }
        }
        free(o, m);
    }

    private void free(HeapObject o, Mutator m) {
        if (!HeapObject.STATE.compareAndSet(o, HeapObject.LIVE, HeapObject.FREED)) {
            useAfterFree(o, "free (double free)");
            return;
        }
        o.freedBy = new FreeRecord(m.name, m.currentSite(), m.currentPc());
        m.freed++;
        m.gen0--;
        if (m.deallocDepth >= TRASHCAN_DEPTH) {
            m.trash.add(o);
            return;
        }
        release(o, m);
        if (m.deallocDepth == 0) {
            for (HeapObject next = m.trash.poll(); next != null; next = m.trash.poll()) {
                release(next, m);
            }
        }
    }

    private static void release(HeapObject o, Mutator m) {
        m.deallocDepth++;
        try {
            o.releaseReferences();
        } finally {
            m.deallocDepth--;
        }
    }

    // ------------------------------------------------------------------ use after free

    static void useAfterFree(HeapObject o, String action) {
        Mutator m = Mutator.currentOrNull();
        if (m != null) {
            m.heap.reportUseAfterFree(o, action, m);
        }
    }

    private void reportUseAfterFree(HeapObject o, String action, Mutator m) {
        if (crashed) {
            return;
        }
        long events = useAfterFree.incrementAndGet();
        if (onCorruption == OnCorruption.REPORT && events > REPORTED_USE_AFTER_FREE) {
            // A freed object the threads still share is touched on every iteration of their loops:
            // printing each touch would slow the run to a crawl. The count goes on (--stats).
            if (events == REPORTED_USE_AFTER_FREE + 1) {
                host.printError("gilvm: use-after-free: more events follow; they are counted (--stats), not printed\n");
            }
            return;
        }
        FreeRecord f = o.freedBy;
        String freed = f == null ? "freed by another thread a moment ago" : "freed by thread " + f.thread() + " at " + f.where();
        String touched = "touched by thread " + m.name + " at " + Site.format(m.currentSite(), m.currentPc())
                + " (" + action + ")";
        host.useAfterFree(m, o.describe() + "; " + freed + "; " + touched);
        if (onCorruption == OnCorruption.REPORT) {
            host.printError("gilvm: use-after-free: " + o.describe() + "; " + freed + "; " + touched + "\n");
            return;
        }
        crashed = true;
        String report = "Fatal Python error: Segmentation fault (simulated by gilvm: use-after-free)\n\n"
                + "Object: " + o.describe() + "\n"
                + capitalize(freed) + "\n"
                + capitalize(touched) + "\n\n"
                + host.threadDump(m);
        throw new FatalError(report);
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** True once a simulated crash has begun: the VM is going down and must not report again. */
    public boolean crashed() {
        return crashed;
    }

    // ------------------------------------------------------------------ safepoint work

    void requestCollection() {
        if (!collectionPending) {
            collectionPending = true;
            if (host != null) {
                host.requestSafepoint();
            }
        }
    }

    /** Biased counting: some owner has merges queued; each thread merges its own queue at its next switch point. */
    void requestMerge() {
        if (host != null) {
            host.requestSafepoint();
        }
    }

    /**
     * Called by a thread at a switch point after {@link Host#requestSafepoint}: it merges the
     * counts queued for it, and runs a pending collection with the world stopped.
     */
    public void runPendingWork(Mutator m) {
        m.mergeQueued();
        if (collectionPending) {
            collectionPending = false;
            if (gcEnabled) {
                stopped(() -> {
                    collector.collectAutomatic();
                    return null;
                });
            }
        }
    }

    public boolean hasPendingWork() {
        return collectionPending;
    }

    /** Runs {@code work} with every other program thread stopped at a safepoint. */
    private <T> T stopped(java.util.function.Supplier<T> work) {
        if (host == null) {
            return work.get();
        }
        host.stopWorld();
        try {
            return work.get();
        } finally {
            host.startWorld();
        }
    }

    // ------------------------------------------------------------------ the gc module

    public int collect() {
        return stopped(() -> collector.collect(true));
    }

    public boolean gcEnabled() {
        return gcEnabled;
    }

    public void setGcEnabled(boolean enabled) {
        gcEnabled = enabled;
    }

    public int[] thresholds() {
        return new int[] {threshold0, threshold1, threshold2};
    }

    public void setThresholds(int t0, int t1, int t2) {
        threshold0 = t0;
        threshold1 = t1;
        threshold2 = t2;
    }

    /** gc.get_count(): generation-0 allocations minus deallocations, and the collector's own counters. */
    public int[] counts() {
        int gen0 = 0;
        for (Mutator m : mutators) {
            gen0 += m.gen0;
        }
        return new int[] {Math.max(0, gen0), collector.youngCollectionsSinceFull(), 0};
    }

    // ------------------------------------------------------------------ the audit and statistics

    /** Audits every count now, with every other program thread stopped at a safepoint. */
    public Audit.Report audit(String when) {
        Audit.Report r = stopped(() -> new Audit(this).run(when));
        auditTotals.add(r);
        return r;
    }

    public Audit.Totals auditTotals() {
        return auditTotals;
    }

    public long allocated() {
        long n = retiredAllocated;
        for (Mutator m : mutators) {
            n += m.allocated;
        }
        return n;
    }

    public long freed() {
        long n = retiredFreed;
        for (Mutator m : mutators) {
            n += m.freed;
        }
        return n;
    }

    public long useAfterFreeEvents() {
        return useAfterFree.get();
    }

    /** Every registered object, live or not yet compacted away; for the audit and the collector. */
    void forEachRegistered(RefVisitor v) {
        synchronized (retired) {
            for (HeapObject o : retired) {
                v.visit(o);
            }
        }
        for (Mutator m : mutators) {
            for (int i = 0; i < m.count; i++) {
                v.visit(m.objects[i]);
            }
        }
    }

    void visitPins(RefVisitor v) {
        for (Mutator m : mutators) {
            m.visitPins(v);
        }
    }

    /** A thread exited: its registry and counters pass to the heap. */
    void retire(Mutator m) {
        synchronized (retired) {
            m.compactNow();
            for (int i = 0; i < m.count; i++) {
                retired.add(m.objects[i]);
            }
            retiredAllocated += m.allocated;
            retiredFreed += m.freed;
            mutators.remove(m);
        }
    }
}
