package org.gilvm.heap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * CPython's cycle collector (Modules/gcmodule.c), on gilvm's registry.
 *
 * <p>Notes on the implementation. Reference counting alone never frees a cycle. To find one, copy
 * each candidate's count into {@code gcRefs}, then subtract every reference that one candidate
 * holds to another. What stays above zero is referenced from outside the candidates (a frame, a
 * global, an older object) and is reachable, and so is everything it references. The rest is
 * garbage: its count is explained entirely by references among garbage. The garbage is then
 * handled as PEP 442 says: run each {@code __del__} once, check again what is still garbage (a
 * finalizer may resurrect, or free), and clear each remaining object's references (CPython's
 * {@code tp_clear}); the counts then reach zero and the objects die the normal way.
 *
 * <p>Two generations: the young one (objects allocated since the last collection) and the rest.
 * Automatic collections look at the young one when allocations minus deallocations pass
 * threshold0 (700), and at everything after threshold1 × threshold2 young collections if the old
 * generation has grown by a quarter since the last full collection (CPython's guard against
 * quadratic behaviour). {@code gc.collect()} looks at everything. Collections run only at
 * safepoints (as in CPython 3.12, from the eval breaker), never inside an allocation.
 */
final class CycleCollector {
    private static final int REACHABLE = Integer.MAX_VALUE;

    private final Heap heap;
    private int epoch;
    private boolean running;
    private int youngSinceFull;
    /** Objects with a {@code gcSeq} at or above this were tracked since the last collection: the young generation. */
    private long youngMark = 1;
    private long liveAfterFull;
    private long promotedSinceFull;

    CycleCollector(Heap heap) {
        this.heap = heap;
    }

    int youngCollectionsSinceFull() {
        return youngSinceFull;
    }

    void collectAutomatic() {
        boolean full = youngSinceFull >= heap.threshold1 * heap.threshold2 && promotedSinceFull > liveAfterFull / 4;
        collect(full);
    }

    /** Collects the young generation, or everything; returns how many unreachable objects it cleared. */
    int collect(boolean full) {
        if (running) {
            return 0;
        }
        running = true;
        try {
            List<HeapObject> candidates = candidates(full);
            List<HeapObject> survivors = new ArrayList<>();
            List<HeapObject> garbage = unreachable(candidates, 0, survivors);
            promote(full, survivors);
            return garbage.isEmpty() ? 0 : handleGarbage(garbage);
        } finally {
            running = false;
        }
    }

    /** The tracked live objects of the generation, in the collector's list order. */
    private List<HeapObject> candidates(boolean full) {
        List<HeapObject> out = new ArrayList<>();
        long from = full ? 1 : youngMark;
        heap.forEachRegistered(o -> {
            if (o.state == HeapObject.LIVE && o.gcSeq >= from) {
                out.add(o);
            }
        });
        out.sort(Comparator.comparingLong(o -> o.gcSeq));
        return out;
    }

    /**
     * The survivors move to the end of the older generation in their new order (CPython merges the
     * young list into the old one), and what can no longer be part of a cycle stops being tracked:
     * tuples of untracked objects after every collection, dicts of them after a full one (CPython's
     * {@code untrack_tuples} and {@code untrack_dicts}).
     */
    private void promote(boolean full, List<HeapObject> survivors) {
        long next = 0;
        for (Mutator m : heap.mutators) {
            next = Math.max(next, m.gcSeq);
        }
        for (HeapObject o : survivors) {
            o.gcSeq = next++;
        }
        for (HeapObject o : survivors) {
            int policy = o.untrackPolicy();
            if ((policy == HeapObject.UNTRACK_ALWAYS || policy == HeapObject.UNTRACK_IN_FULL && full)
                    && holdsOnlyUntracked(o)) {
                o.gcSeq = 0;
            }
        }
        for (Mutator m : heap.mutators) {
            m.gcSeq = next;
            m.compactNow();
            m.gen0 = 0;
        }
        youngMark = next;
        if (full) {
            youngSinceFull = 0;
            liveAfterFull = survivors.size();
            promotedSinceFull = 0;
        } else {
            youngSinceFull++;
            promotedSinceFull += survivors.size();
        }
    }

    private static boolean holdsOnlyUntracked(HeapObject o) {
        boolean[] atomic = {true};
        o.traverse(c -> {
            if (c != null && HeapObject.mayBeTracked(c)) {
                atomic[0] = false;
            }
        });
        return atomic[0];
    }

    /**
     * The candidates whose counts are explained by references among candidates, in the order the
     * collector found them. {@code held} is subtracted from every count first (the collector's own
     * holds). When {@code survivors} is not null, it receives the other candidates in CPython's new
     * order (see {@link #moveUnreachable}).
     */
    private List<HeapObject> unreachable(List<HeapObject> candidates, int held, List<HeapObject> survivors) {
        int ep = ++epoch;
        for (HeapObject o : candidates) {
            o.gcEpoch = ep;
            o.gcRefs = (int) RefCount.total(o) - held;
        }
        for (HeapObject o : candidates) {
            o.traverse(c -> {
                if (c != null && c.gcEpoch == ep) {
                    c.gcRefs--;
                }
            });
        }
        return moveUnreachable(candidates, ep, survivors == null ? new ArrayList<>() : survivors);
    }

    /**
     * CPython's {@code move_unreachable}, with its ordering. Scan the candidates in order. One whose
     * count is not all internal is reachable: it marks what it references as reachable too, and a
     * referent already set aside as tentatively unreachable goes back to the end of the list, to
     * be scanned again. One whose count is all internal (so far) is set aside. The survivors' new
     * order is the order in which CPython's list then holds them, which is the order a later
     * collection (the one at exit, say) finds them in, and so the order their {@code __del__} runs.
     * A tentatively unreachable object is marked by a negated epoch.
     */
    private static List<HeapObject> moveUnreachable(List<HeapObject> candidates, int ep, List<HeapObject> survivors) {
        ArrayList<HeapObject> scan = new ArrayList<>(candidates);
        List<HeapObject> tentative = new ArrayList<>();
        RefVisitor visitReachable = c -> {
            if (c == null) {
                return;
            }
            if (c.gcEpoch == -ep) {
                c.gcEpoch = ep;
                c.gcRefs = 1;
                scan.add(c);
            } else if (c.gcEpoch == ep && c.gcRefs <= 0) {
                c.gcRefs = 1;
            }
        };
        for (int i = 0; i < scan.size(); i++) {
            HeapObject o = scan.get(i);
            if (o.gcEpoch != ep) {
                continue;
            }
            if (o.gcRefs > 0) {
                o.gcRefs = REACHABLE;
                survivors.add(o);
                o.traverse(visitReachable);
            } else {
                o.gcEpoch = -ep;
                tentative.add(o);
            }
        }
        List<HeapObject> garbage = new ArrayList<>();
        for (HeapObject o : tentative) {
            if (o.gcEpoch == -ep) {
                o.gcEpoch = ep;
                garbage.add(o);
            }
        }
        return garbage;
    }

    /**
     * PEP 442, as CPython's {@code gc_collect_main} does it: run each finalizer once, holding its
     * object meanwhile (letting go may free it then and there); look again at what is left, since a
     * finalizer may have resurrected some of it; clear each object still unreachable, holding it
     * while its references go. Returns how many were cleared: CPython counts only those.
     */
    private int handleGarbage(List<HeapObject> garbage) {
        Mutator m = Mutator.current();
        for (HeapObject o : garbage) {
            if (!o.finalized && o.hasFinalizer() && o.state == HeapObject.LIVE) {
                o.finalized = true;
                holdWhile(o, m, o::runFinalizer);
            }
        }
        List<HeapObject> left = new ArrayList<>();
        for (HeapObject o : garbage) {
            if (o.state == HeapObject.LIVE) {
                left.add(o);
            }
        }
        List<HeapObject> stillGarbage = unreachable(left, 0, null);
        for (HeapObject o : stillGarbage) {
            if (o.state == HeapObject.LIVE) {
                holdWhile(o, m, o::clearForCollector);
            }
        }
        return stillGarbage.size();
    }

    /** Runs {@code action} with a reference to {@code o} held (and pinned, for an audit meanwhile). */
    private static void holdWhile(HeapObject o, Mutator m, Runnable action) {
        RefCount.incref(o);
        int mark = m.pin(o);
        try {
            action.run();
        } finally {
            m.unpin(mark);
            RefCount.decref(o);
        }
    }
}
