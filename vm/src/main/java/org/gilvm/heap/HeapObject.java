package org.gilvm.heap;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The header every Python object carries: its reference count and its life (live, immortal or
 * freed), where it was allocated and, once freed, who freed it. Only {@link RefCount} changes the
 * count and only {@link Heap} frees; the object model supplies what differs per type: which
 * references an object owns ({@link #traverse}) and how it lets go of them
 * ({@link #releaseReferences}).
 *
 * <p>An object made while no program thread is attached (built-in types and functions, constants
 * made by the compiler) is immortal, as are the scalar classes that opt in through
 * {@link #HeapObject(boolean)}: updates of an immortal count are no-ops (PEP 683).
 */
public abstract class HeapObject {
    static final int LIVE = 0;
    static final int IMMORTAL = 1;
    static final int FREED = 2;

    static final VarHandle STATE;
    static final VarHandle REFCNT;
    static final VarHandle SHARED;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            STATE = l.findVarHandle(HeapObject.class, "state", int.class);
            REFCNT = l.findVarHandle(HeapObject.class, "refcnt", int.class);
            SHARED = l.findVarHandle(HeapObject.class, "shared", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** LIVE, IMMORTAL or FREED. Plain reads on the hot path; the move to FREED is a compare-and-set. */
    int state;
    /** The count (plain and atomic strategies) or the owner's local count (biased). */
    int refcnt;
    /** Biased strategy only: the shared count, shifted left by two, with the MERGED and QUEUED flags. */
    int shared;
    /** Biased strategy only: the thread whose updates go to {@link #refcnt}; null once merged. */
    Thread owner;
    /** {@code __del__} has run (it runs at most once, PEP 442). */
    boolean finalized;
    /**
     * The object's place in the cycle collector's list (CPython's gc list order): higher is later;
     * 0 while the collector does not track it (an empty dict, a tuple of scalars after a
     * collection), as CPython does not.
     */
    long gcSeq;
    /** Scratch for the cycle collector and the audit. */
    int gcRefs;
    int gcEpoch;
    final Site allocSite;
    final int allocPc;
    volatile FreeRecord freedBy;

    /** A counted object, owned by whoever made it: its count starts at one. */
    protected HeapObject() {
        Mutator m = Mutator.currentOrNull();
        if (m == null || m.makingImmortals > 0) {
            state = IMMORTAL;
            allocSite = null;
            allocPc = 0;
        } else {
            refcnt = 1;
            owner = m.thread;
            allocSite = m.currentSite();
            allocPc = m.currentPc();
            m.register(this);
        }
    }

    /** An object that is never counted: scalars that reference nothing (see docs/refcounting.md). */
    protected HeapObject(boolean immortal) {
        state = IMMORTAL;
        allocSite = null;
        allocPc = 0;
    }

    /** Makes a VM-owned object immortal: constants of compiled code, contents of built-in modules. */
    public final void makeImmortal() {
        if (state == LIVE) {
            Mutator m = Mutator.currentOrNull();
            if (m != null) {
                m.forget();
            }
        }
        state = IMMORTAL;
    }

    public final boolean isImmortal() {
        return state == IMMORTAL;
    }

    public final boolean isFreed() {
        return state == FREED;
    }

    /**
     * Whether CPython's collector would track this kind of object at all (a "GC type"): false for
     * objects that can hold no reference, like a range.
     */
    protected boolean isContainer() {
        return true;
    }

    /**
     * Stops the collector tracking this object until {@link #trackByCollector} (a new dict, as in
     * CPython, is tracked only once it holds something that can be part of a cycle).
     */
    protected final void untrackByCollector() {
        gcSeq = 0;
    }

    /** Starts tracking: the object goes to the end of the collector's list. */
    protected final void trackByCollector() {
        if (gcSeq == 0 && state == LIVE) {
            Mutator m = Mutator.currentOrNull();
            if (m != null) {
                gcSeq = m.nextGcSeq();
            }
        }
    }

    public final boolean isTrackedByCollector() {
        return gcSeq != 0;
    }

    /**
     * CPython's {@code _PyObject_GC_MAY_BE_TRACKED}: could a container holding this object be part
     * of a cycle? Not for scalars (immortal here), objects that hold nothing, or untracked tuples.
     */
    public static boolean mayBeTracked(HeapObject o) {
        return o.state != IMMORTAL && o.isContainer() && (o.gcSeq != 0 || o.untrackPolicy() != UNTRACK_ALWAYS);
    }

    /** {@link #untrackPolicy}: never untracked. */
    protected static final int UNTRACK_NEVER = 0;
    /** Untracked by any collection that finds it holding only untracked objects (tuples). */
    protected static final int UNTRACK_ALWAYS = 1;
    /** Untracked so only by a full collection (dicts; CPython avoids quadratic rebuilds). */
    protected static final int UNTRACK_IN_FULL = 2;

    /** When the collector stops tracking an object that holds only untracked objects. */
    protected int untrackPolicy() {
        return UNTRACK_NEVER;
    }

    /** Visits every reference this object owns, once per reference. Containers override. */
    public void traverse(RefVisitor visitor) {
    }

    /**
     * Deallocation: drop every reference this object owns, in CPython's order for the type, so the
     * object reads as empty afterwards. Also the collector's {@code tp_clear} for a cycle.
     */
    protected void releaseReferences() {
    }

    /**
     * The cycle collector's {@code tp_clear}: drop the references that can form cycles, leaving a
     * valid (empty) object that dies when the rest of its cycle lets go of it.
     */
    protected void clearForCollector() {
        releaseReferences();
    }

    /** Whether the object's class defines {@code __del__}. */
    protected boolean hasFinalizer() {
        return false;
    }

    /** Runs {@code __del__}; must not throw (errors are printed as "Exception ignored in"). */
    protected void runFinalizer() {
    }

    /** The type name, for reports. */
    public abstract String typeName();

    /** The object's id(), for reports. */
    public abstract long identity();

    /** "list at 0x7f3a00001030, allocated at x.py:3". */
    public final String describe() {
        return typeName() + " at 0x" + Long.toHexString(identity()) + ", allocated at " + allocationSite();
    }

    public final String allocationSite() {
        return Site.format(allocSite, allocPc);
    }

    /** The code that made the object (with {@link #allocationPc}), or null when the VM made it itself. */
    public final Site allocationCode() {
        return allocSite;
    }

    /** The instruction of {@link #allocationCode} that made the object. */
    public final int allocationPc() {
        return allocPc;
    }
}
