package org.gilvm.heap;

/**
 * References that Java code holds while it may run Python code (a callback: a key function, a
 * user {@code __next__}, an {@code __eq__}), made visible to the audit for that time. Use with
 * try-with-resources:
 *
 * <pre>
 * try (Pinned pins = Pinned.of(it, out)) {
 *     ... it.next() may run Python code; an audit there sees `it` and `out` held ...
 * }
 * </pre>
 *
 * A slot can be changed ({@link #set}) when the Java code lets go of one reference and takes
 * another (the best item so far in {@code max}). Pinning takes no reference and drops none: the
 * Java code still owns what it holds.
 */
public final class Pinned implements AutoCloseable {
    private final Mutator mutator;
    private final int mark;

    private Pinned(Mutator mutator) {
        this.mutator = mutator;
        this.mark = mutator == null ? 0 : mutator.npinsMark();
    }

    /** Pins each non-null object, in slots 0, 1, ... */
    public static Pinned of(HeapObject... held) {
        Pinned p = new Pinned(Mutator.currentOrNull());
        for (HeapObject o : held) {
            p.add(o);
        }
        return p;
    }

    /** Pins one more object (null: an empty slot) and returns its slot. */
    public int add(HeapObject o) {
        if (mutator == null) {
            return 0;
        }
        return mutator.pin(o) - mark;
    }

    /** Pins {@code held[0 .. n)}. */
    public void addAll(HeapObject[] held, int n) {
        for (int i = 0; i < n; i++) {
            add(held[i]);
        }
    }

    /** Slot {@code slot} now holds {@code o} (null: nothing). */
    public void set(int slot, HeapObject o) {
        if (mutator != null) {
            mutator.setPin(mark + slot, o);
        }
    }

    @Override
    public void close() {
        if (mutator != null) {
            mutator.unpin(mark);
        }
    }
}
