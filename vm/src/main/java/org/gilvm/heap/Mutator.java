package org.gilvm.heap;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the heap keeps per program thread: the objects it allocated (the registry that the audit
 * and the cycle collector walk), its share of the statistics, the references its Java code holds
 * while it calls back into Python (pins), the deallocation depth, and, for biased counting, the
 * objects waiting for it to merge their counts.
 *
 * <p>Everything here is touched only by its own thread, except at a safepoint (when the thread is
 * stopped) and the merge queue (a concurrent queue). So nothing needs a lock, with the GIL or
 * without it.
 */
public abstract class Mutator {
    /** Implemented by the VM's threads, so that finding the current mutator is one field read. */
    public interface Carrier {
        Mutator mutator();
    }

    /** Past this depth, deallocation is deferred and done iteratively (CPython's "trashcan"). */
    private static final int TRASHCAN_DEPTH = 500;
    private static final ThreadLocal<Mutator> ATTACHED = new ThreadLocal<>();

    final Heap heap;
    final String name;
    Thread thread;

    /** Objects this thread allocated, oldest first; freed ones are dropped when the array is compacted. */
    HeapObject[] objects = new HeapObject[256];
    int count;
    /** CPython's generation-0 count: allocations minus deallocations since the last collection. */
    int gen0;
    long allocated;
    long freed;

    private HeapObject[] pins = new HeapObject[16];
    private int npins;

    int deallocDepth;
    final ArrayDeque<HeapObject> trash = new ArrayDeque<>();
    final ConcurrentLinkedQueue<HeapObject> toMerge = new ConcurrentLinkedQueue<>();

    protected Mutator(Heap heap, String name) {
        this.heap = heap;
        this.name = name;
    }

    public final Heap heap() {
        return heap;
    }

    public final String threadName() {
        return name;
    }

    /** The OS thread this mutator is attached to (null before {@link #attach}). */
    public final Thread thread() {
        return thread;
    }

    /** The code running on this thread now, for allocation and free sites; null outside any frame. */
    protected abstract Site currentSite();

    protected abstract int currentPc();

    /** Binds this mutator to the calling OS thread (for threads that are not {@link Carrier}s too). */
    public final void attach() {
        thread = Thread.currentThread();
        ATTACHED.set(this);
        heap.mutators.add(this);
    }

    /** The thread is done: biased counts it owns are merged, and its objects pass to the heap. */
    public final void detach() {
        ATTACHED.remove();
        if (RefCount.mode() == RefCount.Mode.BIASED) {
            mergeQueued();
            for (int i = 0; i < count; i++) {
                HeapObject o = objects[i];
                if (o.owner == thread && o.state == HeapObject.LIVE) {
                    RefCount.merge(o);
                }
            }
        }
        heap.retire(this);
    }

    public static Mutator current() {
        Mutator m = currentOrNull();
        if (m == null) {
            throw new IllegalStateException("no gilvm thread attached to " + Thread.currentThread().getName());
        }
        return m;
    }

    public static Mutator currentOrNull() {
        if (Thread.currentThread() instanceof Carrier c) {
            Mutator m = c.mutator();
            if (m != null) {
                return m;
            }
        }
        return ATTACHED.get();
    }

    /** While above zero, what this thread allocates is immortal (see {@link #makingImmortals}). */
    int makingImmortals;

    /**
     * Runs {@code maker} with every object it allocates made immortal: for what the VM builds on
     * a program thread but owns itself, like a built-in module imported for the first time.
     */
    public final <T> T immortal(java.util.function.Supplier<T> maker) {
        makingImmortals++;
        try {
            return maker.get();
        } finally {
            makingImmortals--;
        }
    }

    /** An object this thread registered became immortal: it no longer counts as allocated. */
    void forget() {
        allocated--;
        gen0--;
    }

    /** The next place at the end of the collector's list (see {@link HeapObject#gcSeq}). */
    long gcSeq = 1;

    long nextGcSeq() {
        return gcSeq++;
    }

    void register(HeapObject o) {
        if (count == objects.length) {
            compact();
        }
        objects[count++] = o;
        if (o.isContainer()) {
            o.gcSeq = gcSeq++;
        }
        allocated++;
        if (++gen0 > heap.threshold0 && heap.gcEnabled) {
            heap.requestCollection();
        }
    }

    /** Drops freed objects from the registry, keeping the order. */
    private void compact() {
        int w = 0;
        for (int r = 0; r < count; r++) {
            HeapObject o = objects[r];
            if (o.state != HeapObject.FREED) {
                objects[w++] = o;
            }
        }
        Arrays.fill(objects, w, count, null);
        count = w;
        if (count > objects.length / 2) {
            objects = Arrays.copyOf(objects, objects.length * 2);
        }
    }

    void compactNow() {
        compact();
    }

    /**
     * Records that Java code on this thread holds one reference to {@code o} while it runs Python
     * code (a constructor calling {@code __init__}, an object whose {@code __del__} runs). The audit
     * counts pins as roots. Returns the mark to pass to {@link #unpin}.
     */
    public final int pin(HeapObject o) {
        if (npins == pins.length) {
            pins = Arrays.copyOf(pins, npins * 2);
        }
        pins[npins] = o;
        return npins++;
    }

    /** The mark {@link #unpin} returns to, for a run of pins. */
    final int npinsMark() {
        return npins;
    }

    public final void unpin(int mark) {
        Arrays.fill(pins, mark, npins, null);
        npins = mark;
    }

    void setPin(int index, HeapObject o) {
        pins[index] = o;
    }

    void visitPins(RefVisitor v) {
        for (int i = 0; i < npins; i++) {
            if (pins[i] != null) {
                v.visit(pins[i]);
            }
        }
    }

    /** Biased counting: a non-owner drove an object's shared count below zero; its owner must merge. */
    static void queueForOwner(HeapObject o) {
        Thread owner = o.owner;
        if (owner instanceof Carrier c && owner.isAlive() && c.mutator() != null) {
            c.mutator().toMerge.add(o);
            c.mutator().heap.requestMerge();
        } else {
            RefCount.merge(o);
        }
    }

    /** Biased counting: merges the objects other threads queued for this one (at a switch point). */
    public final void mergeQueued() {
        for (HeapObject o = toMerge.poll(); o != null; o = toMerge.poll()) {
            if (o.owner == thread && o.state == HeapObject.LIVE) {
                RefCount.merge(o);
            }
        }
    }
}
