package org.gilvm.objects;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * An object whose state two threads without the GIL may change at once (lists, dicts, sets,
 * instances, classes, functions, iterators), and so the holder of the lock that guards that state:
 * PEP 703's per-object mutex ({@code ob_mutex}). The lock is made on first use, which only happens
 * while {@link CriticalSection#active()}; immutable values (int, float, str, tuple) do not carry the
 * field at all.
 */
public abstract class LockableObject extends PyObject {
    private static final VarHandle SECTION;

    static {
        try {
            SECTION = MethodHandles.lookup().findVarHandle(LockableObject.class, "section", CriticalSection.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** This object's lock; null until a critical section first enters it. */
    private volatile CriticalSection section;

    /** A counted object (see {@link org.gilvm.heap.HeapObject}). */
    protected LockableObject() {
    }

    /** An object that is never counted (the built-in types). */
    protected LockableObject(boolean immortal) {
        super(immortal);
    }

    /** This object's lock, made by the first thread that needs it (a compare-and-set keeps it one). */
    final CriticalSection section() {
        CriticalSection s = section;
        if (s == null) {
            SECTION.compareAndSet(this, null, new CriticalSection());
            s = section;
        }
        return s;
    }

    /** This object's lock if it was ever made, else null (then no thread holds it). */
    final CriticalSection sectionIfMade() {
        return section;
    }
}
