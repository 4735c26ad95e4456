package org.gilvm.objects;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Per-object locks for when the GIL is off: PEP 703's critical sections. With the GIL on they are
 * switched off and cost nothing; with it off, every operation on a list, dict, set, instance
 * attribute map, class dict or function attribute dict holds that object's lock while it reads or
 * changes the object's Java structures, so no data race between Python threads can break them
 * (docs/gil.md, "Containers without the GIL"). Use:
 *
 * <pre>
 * try (CriticalSection cs = CriticalSection.enter(this)) {
 *     ... read or change this object's fields ...
 * }
 * RefCount.decref(old);   // after the section: __del__ may run Python code
 * </pre>
 *
 * <p>Notes on the implementation.
 * <ul>
 * <li>The switch is a plain static field. It changes only while no other Python thread runs
 *     bytecode (before a second thread starts, or at a safepoint, where every other thread is
 *     parked), and the safepoint's own synchronization orders the write before each parked thread's
 *     next read; the dispatch loop's volatile read of the eval breaker keeps the JIT from carrying
 *     an old value across switch points. With the switch off, {@link #enter} returns null and a
 *     try-with-resources closes nothing: the GIL-on path, which the benchmarks hold against
 *     CPython, pays a static field load and a branch per operation.
 * <li>Switching on while a thread is inside an operation that began with the switch off (parked in
 *     a callback such as a key function) leaves that one operation unlocked until it ends. A run
 *     that can switch the GIL off in mid-run (the live mode) should therefore switch sections on
 *     when a second thread starts, not when the GIL goes off. Switching off is always safe: a
 *     section closes what it opened, whatever the switch says by then.
 * <li>The lock is a {@link ReentrantLock} made on first use ({@link LockableObject#section}), not
 *     the object's Java monitor: a monitor is block-structured, so each method would need a locked
 *     and an unlocked copy to keep the GIL-on path free of locking, and a monitor cannot be let go
 *     of around a callback ({@link #release}). Uncontended, the two cost about the same
 *     (docs/gil.md has the figures).
 * <li>Reentrant: the thread that holds a lock takes it again at once. Every built-in method of a
 *     list, dict or set runs inside one section ({@link #enterMethod}, as CPython's
 *     {@code @critical_section} methods) over its receiver and the lists, dicts and sets among its
 *     arguments, so {@code list.remove}'s search and removal are one step and the container code
 *     it calls enters again without waiting.
 * <li>Several objects ({@code a.extend(b)}, {@code d.update(e)}, {@code s | t}, {@code a == b},
 *     a method's receiver and arguments) are locked in one fixed order, by the rank each lock got
 *     when it was made, as {@code Py_BEGIN_CRITICAL_SECTION2} orders by address: two threads doing
 *     {@code a.update(b)} and {@code b.update(a)} cannot deadlock. A section entered inside another
 *     (nested) waits while holding the outer one: that order is the program's, as below.
 * <li>Python code under a lock. Reading an item and incref'ing it happens under the lock; dropping
 *     a reference (which can run {@code __del__}) happens after the section wherever the code allows.
 *     {@code list.extend} of an arbitrary iterable and {@code list.sort}'s key function and
 *     comparisons let go of the list ({@link #release}). What still runs with a lock held: {@code
 *     __eq__} and {@code __hash__} while a dict or set searches its table, {@code __eq__} in
 *     {@code list.index/remove/count}, {@code in} and {@code ==} of containers, {@code __repr__}
 *     of items in {@code repr()}, and the iterable of {@code dict.update}, {@code set.update} and
 *     the set methods, as in CPython. CPython suspends a thread's critical sections whenever it
 *     blocks, so such callbacks can never deadlock there; gilvm does not, because its dict is a
 *     Java {@code LinkedHashMap} that calls {@code __eq__} in the middle of changing its table, and
 *     another thread must not change that table meanwhile. The remaining risks: two threads whose
 *     callbacks lock two containers in opposite orders deadlock; and a thread waiting for a lock
 *     is not at a switch point, so a safepoint requested while the holder runs such a callback
 *     must treat the waiter as detached (see {@link #lockSlowly}).
 * <li>{@code traverse} never locks: it runs at a safepoint, where a parked thread may hold a lock
 *     (inside a callback, with the object in a consistent state). Deallocation does lock: with
 *     plain counts racing, another thread may still be using an object whose count reached zero.
 * <li>Borrowed accessors ({@link PyList#get}, {@link PyList#toArray}, {@link PyDict#get},
 *     {@link PyDict#map}, {@link PySet#snapshot}, {@link PyType#lookup}) read safely, but the
 *     references they return are not held: another thread may drop them at once. A caller that
 *     uses them across Python code must hold the object's section (the method call's section does,
 *     for the built-in methods) or take new references under it.
 * </ul>
 */
public final class CriticalSection implements AutoCloseable {
    private static boolean active;
    private static final AtomicLong RANKS = new AtomicLong();

    /** The object's lock, or the lowest-ranked one of several. */
    private final ReentrantLock lock;
    /** The other locks of a section over several objects, in rank order; null for one object. */
    private final ReentrantLock[] others;
    /** The order in which several objects' locks are taken: the order the locks were made. */
    private final long rank;

    /** One object's own lock (see {@link LockableObject#section}). */
    CriticalSection() {
        this.lock = new ReentrantLock();
        this.others = null;
        this.rank = RANKS.incrementAndGet();
    }

    /** Several objects' locks, all held: closing it lets go of all. */
    private CriticalSection(ReentrantLock[] inRankOrder) {
        this.lock = inRankOrder[0];
        this.others = java.util.Arrays.copyOfRange(inRankOrder, 1, inRankOrder.length);
        this.rank = 0;
    }

    /** Whether critical sections lock (the GIL is off). */
    public static boolean active() {
        return active;
    }

    /**
     * Switches the locks on (GIL off) or off (GIL on). Call only while no other Python thread runs
     * bytecode: before a second thread starts, or at a safepoint (see the notes above).
     */
    public static void setActive(boolean on) {
        active = on;
    }

    /** Locks {@code o} until {@link #close}; null (nothing to close) while sections are off. */
    public static CriticalSection enter(LockableObject o) {
        if (!active) {
            return null;
        }
        CriticalSection s = o.section();
        if (!s.lock.tryLock()) {
            lockSlowly(s.lock);
        }
        return s;
    }

    /** Locks both, in rank order (one lock if they are the same object); null while sections are off. */
    public static CriticalSection enter(LockableObject a, LockableObject b) {
        if (!active) {
            return null;
        }
        if (a == b) {
            return enter(a);
        }
        return enterAll(new CriticalSection[] {a.section(), b.section()}, 2);
    }

    /**
     * For a built-in method called on {@code receiver}: when it is a list, dict or set, a section
     * over it and over every list, dict or set among the positional arguments, taken in rank order,
     * so that each of their methods is one critical section and {@code a.update(b)} and
     * {@code b.update(a)} in two threads cannot deadlock; else null.
     */
    static CriticalSection enterMethod(PyObject receiver, Args args) {
        if (!active || !isBuiltinContainer(receiver)) {
            return null;
        }
        CriticalSection[] sections = null;
        int n = 1;
        for (int i = 0; i < args.size(); i++) {
            PyObject arg = args.get(i);
            if (arg != receiver && isBuiltinContainer(arg)) {
                if (sections == null) {
                    sections = new CriticalSection[args.size() + 1];
                    sections[0] = ((LockableObject) receiver).section();
                }
                sections[n++] = ((LockableObject) arg).section();
            }
        }
        return sections == null ? enter((LockableObject) receiver) : enterAll(sections, n);
    }

    private static boolean isBuiltinContainer(PyObject o) {
        return o instanceof PyList || o instanceof PyDict || o instanceof PySet;
    }

    /** Takes the locks of {@code sections[0 .. n)} in rank order (each once). */
    private static CriticalSection enterAll(CriticalSection[] sections, int n) {
        java.util.Arrays.sort(sections, 0, n, java.util.Comparator.comparingLong(s -> s.rank));
        ReentrantLock[] locks = new ReentrantLock[n];
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || sections[i] != sections[i - 1]) {
                locks[distinct++] = sections[i].lock;
            }
        }
        locks = java.util.Arrays.copyOf(locks, distinct);
        for (ReentrantLock l : locks) {
            if (!l.tryLock()) {
                lockSlowly(l);
            }
        }
        return new CriticalSection(locks);
    }

    /**
     * Lets go of {@code o}'s lock, as many times as this thread holds it, while Python code runs that
     * does not touch {@code o}'s structures (an enclosing method call may hold it); {@link
     * Released#close} takes it back. Null when this thread does not hold it. Works whatever the
     * switch says, since a hold taken before a switch must still be let go of.
     */
    static Released release(LockableObject o) {
        CriticalSection s = o.sectionIfMade();
        if (s == null) {
            return null;
        }
        int holds = s.lock.getHoldCount();
        for (int i = 0; i < holds; i++) {
            s.lock.unlock();
        }
        return holds == 0 ? null : new Released(s.lock, holds);
    }

    /** What {@link #release} let go of, taken back on close. */
    static final class Released implements AutoCloseable {
        private final ReentrantLock lock;
        private final int holds;

        private Released(ReentrantLock lock, int holds) {
            this.lock = lock;
            this.holds = holds;
        }

        @Override
        public void close() {
            lockSlowly(lock);
            for (int i = 1; i < holds; i++) {
                lock.lock(); // held already: never waits
            }
        }
    }

    /** How a thread waits for a lock another thread holds; the VM makes it wait detached. */
    public interface Waiter {
        void lock(ReentrantLock lock);
    }

    private static volatile Waiter waiter = ReentrantLock::lock;

    /** Set once by the VM: a thread waiting here is detached, as in a blocking call. */
    public static void setWaiter(Waiter w) {
        waiter = w;
    }

    /**
     * Waits for a lock. The one place a thread blocks on a critical section. Its holder may be
     * parked at a safepoint inside a callback, and a stop-the-world waits for every attached
     * thread, so the waiter waits detached ({@link #setWaiter}); an uncontended lock is taken at once.
     */
    private static void lockSlowly(ReentrantLock lock) {
        if (!lock.tryLock()) {
            waiter.lock(lock);
        }
    }

    @Override
    public void close() {
        if (others != null) {
            for (int i = others.length - 1; i >= 0; i--) {
                others[i].unlock();
            }
        }
        lock.unlock();
    }
}
