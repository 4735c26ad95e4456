package org.gilvm.heap;

import static org.gilvm.heap.HeapObject.IMMORTAL;
import static org.gilvm.heap.HeapObject.LIVE;
import static org.gilvm.heap.HeapObject.REFCNT;
import static org.gilvm.heap.HeapObject.SHARED;

/**
 * The one place where a reference count changes. Every incref and decref in gilvm comes here.
 *
 * <p>Notes on the implementation.
 * <ul>
 * <li>The strategy is chosen once per run ({@link #select}, from {@code --refcount}) and read from a
 *     static field, so the hot path is a field load and a branch, never a virtual call. One JVM runs
 *     one strategy at a time (tests run their VMs one after another).
 * <li>{@code plain} is a read, then a write: {@code refcnt = refcnt + 1}. Nothing makes it atomic,
 *     on purpose. Under the GIL it is exact; without it, two threads that update one count at once
 *     lose an update (seed 000's lesson): a lost incref frees an object still in use, a lost decref
 *     leaks it.
 * <li>{@code atomic} is one atomic read-modify-write per update (what the Gilectomy did).
 * <li>{@code biased} is PEP 703's biased counting: the owning thread (the one that made the object)
 *     updates {@link HeapObject#refcnt} with plain accesses; other threads update the shared count
 *     atomically. When the owner's count reaches zero it merges the two (sets MERGED); a non-owner
 *     that drives the shared count negative queues the object for its owner to merge. The object
 *     dies when the merged total is zero.
 * <li>Touching a freed object (incref or decref) is a use-after-free: {@link Heap#useAfterFree}
 *     reports it.
 * <li>Order rule for callers: store the new reference, then decref the old one. Deallocation can run
 *     {@code __del__}, which can look at the place being stored to.
 * </ul>
 */
public final class RefCount {
    public enum Mode { PLAIN, ATOMIC, BIASED }

    /** What sys.getrefcount reports for an immortal object (PEP 683's value on 64-bit CPython 3.12). */
    public static final long IMMORTAL_COUNT = 4294967295L;

    static final int MERGED = 1;
    static final int QUEUED = 2;
    private static final int ONE_SHARED = 4;

    private static final int PLAIN = 0;
    private static final int ATOMIC = 1;
    private static final int BIASED = 2;

    /** Fixed at start-up; see the class comment. */
    private static int mode = PLAIN;

    private RefCount() { }

    static void select(Mode m) {
        mode = m.ordinal();
    }

    public static Mode mode() {
        return Mode.values()[mode];
    }

    public static void incref(HeapObject o) {
        int s = o.state;
        if (s != LIVE) {
            if (s != IMMORTAL) {
                Heap.useAfterFree(o, "incref");
            }
            return;
        }
        if (mode == PLAIN) {
            o.refcnt = o.refcnt + 1;
        } else {
            increfSlow(o);
        }
    }

    public static void decref(HeapObject o) {
        int s = o.state;
        if (s != LIVE) {
            if (s != IMMORTAL) {
                Heap.useAfterFree(o, "decref");
            }
            return;
        }
        if (mode == PLAIN) {
            int n = o.refcnt - 1;
            o.refcnt = n;
            if (n <= 0) {
                Heap.reachedZero(o);
            }
        } else {
            decrefSlow(o);
        }
    }

    public static void xincref(HeapObject o) {
        if (o != null) {
            incref(o);
        }
    }

    public static void xdecref(HeapObject o) {
        if (o != null) {
            decref(o);
        }
    }

    /** Increfs and returns {@code o}: for handing out a new reference to something held. */
    public static <T extends HeapObject> T newRef(T o) {
        incref(o);
        return o;
    }

    private static void increfSlow(HeapObject o) {
        if (mode == ATOMIC) {
            REFCNT.getAndAdd(o, 1);
        } else if (o.owner == Thread.currentThread()) {
            o.refcnt = o.refcnt + 1;
        } else {
            SHARED.getAndAdd(o, ONE_SHARED);
        }
    }

    private static void decrefSlow(HeapObject o) {
        if (mode == ATOMIC) {
            if ((int) REFCNT.getAndAdd(o, -1) - 1 <= 0) {
                Heap.reachedZero(o);
            }
        } else if (o.owner == Thread.currentThread()) {
            int n = o.refcnt - 1;
            o.refcnt = n;
            if (n == 0) {
                mergeZeroLocal(o);
            }
        } else {
            decrefShared(o);
        }
    }

    /** Biased: the owner's count reached zero; give up ownership and die if nobody else holds it. */
    private static void mergeZeroLocal(HeapObject o) {
        o.owner = null;
        int old;
        do {
            old = o.shared;
        } while (!SHARED.compareAndSet(o, old, (old | MERGED) & ~QUEUED));
        if ((old >> 2) == 0) {
            Heap.reachedZero(o);
        }
    }

    private static void decrefShared(HeapObject o) {
        int now = (int) SHARED.getAndAdd(o, -ONE_SHARED) - ONE_SHARED;
        if ((now & MERGED) != 0) {
            if ((now >> 2) <= 0) {
                Heap.reachedZero(o);
            }
        } else if ((now >> 2) < 0 && (now & QUEUED) == 0 && SHARED.compareAndSet(o, now, now | QUEUED)) {
            Mutator.queueForOwner(o);
        }
    }

    /** Biased: folds the owner's local count into the shared one (by the owner, or once it has exited). */
    static void merge(HeapObject o) {
        int local = o.refcnt;
        o.refcnt = 0;
        o.owner = null;
        int old;
        int merged;
        do {
            old = o.shared;
            merged = (((old >> 2) + local) << 2) | MERGED;
        } while (!SHARED.compareAndSet(o, old, merged));
        if ((merged >> 2) <= 0 && o.state == LIVE) {
            Heap.reachedZero(o);
        }
    }

    /** The count as the strategy stores it (for biased, local plus shared). */
    public static long total(HeapObject o) {
        if (o.state == IMMORTAL) {
            return IMMORTAL_COUNT;
        }
        return mode == BIASED ? (long) o.refcnt + (o.shared >> 2) : o.refcnt;
    }

    /** Before {@code __del__} runs, the dying object holds exactly one reference: the finalizer's. */
    static void resurrect(HeapObject o) {
        if (mode == BIASED) {
            o.owner = null;
            o.refcnt = 0;
            o.shared = ONE_SHARED | MERGED;
        } else {
            o.refcnt = 1;
        }
    }

    /** After {@code __del__}: drops the finalizer's reference and returns what remains (above zero: resurrected). */
    static long dropResurrection(HeapObject o) {
        if (mode == BIASED) {
            return ((int) SHARED.getAndAdd(o, -ONE_SHARED) - ONE_SHARED) >> 2;
        }
        if (mode == ATOMIC) {
            return (int) REFCNT.getAndAdd(o, -1) - 1;
        }
        o.refcnt = o.refcnt - 1;
        return o.refcnt;
    }

    /**
     * Drops references that Java code has taken out of an object (a cleared list's items, a dying
     * frame's locals), in array order; nulls are skipped. Until its turn each stays pinned: a
     * {@code __del__} run by an earlier decref may trigger an audit, which must still see who
     * holds the rest.
     */
    public static void releaseInOrder(HeapObject[] refs, int n) {
        Mutator m = Mutator.currentOrNull();
        if (m == null) {
            for (int i = 0; i < n; i++) {
                xdecref(refs[i]);
            }
            return;
        }
        for (int i = n - 1; i >= 0; i--) {
            if (refs[i] != null) {
                m.pin(refs[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            HeapObject o = refs[i];
            if (o != null) {
                m.unpin(m.npinsMark() - 1);
                decref(o);
            }
        }
    }

    /**
     * Drops {@code first}, then {@code second} (which may be null): two operands an instruction has
     * taken off the stack. While the first goes, the second stays pinned (see {@link #releaseInOrder}).
     */
    public static void releaseTwo(HeapObject first, HeapObject second) {
        if (second == null || second.state != LIVE || first.state != LIVE) {
            decref(first);
            xdecref(second);
            return;
        }
        Mutator m = Mutator.currentOrNull();
        if (m == null) {
            decref(first);
            decref(second);
            return;
        }
        int mark = m.pin(second);
        try {
            decref(first);
        } finally {
            m.unpin(mark);
        }
        decref(second);
    }

    /** {@link #releaseInOrder} from the last element to the first (list and tuple items). */
    public static void releaseLastToFirst(HeapObject[] refs, int n) {
        HeapObject[] reversed = new HeapObject[n];
        for (int i = 0; i < n; i++) {
            reversed[i] = refs[n - 1 - i];
        }
        releaseInOrder(reversed, n);
    }

    /** Test-only: corrupts a count by {@code delta}, as a lost or extra update would. */
    public static void corruptForTesting(HeapObject o, int delta) {
        if (mode == BIASED && o.owner != Thread.currentThread()) {
            SHARED.getAndAdd(o, delta * ONE_SHARED);
        } else {
            o.refcnt = o.refcnt + delta;
        }
    }
}
