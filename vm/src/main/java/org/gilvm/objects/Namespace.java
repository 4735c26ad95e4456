package org.gilvm.objects;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.gilvm.heap.RefCount;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A module's globals. Each name has one {@link Binding} for the life of the module, created on first
 * mention and emptied (not removed) by {@code del}, so compiled code can cache the binding and read a
 * global with one field load instead of a hash lookup.
 *
 * <p>Without the GIL: the map of bindings is only touched under this namespace's monitor, so
 * threads that bind new names at once cannot break it; a binding's value is a volatile field; with
 * the GIL off it is replaced, and read with an incref, under the binding's lock (see
 * {@link Binding#set} and {@link #newReference}).
 */
public final class Namespace {
    /** One global variable; {@code value} is null while unbound, and owns a reference while bound. */
    public static final class Binding {
        public final String name;
        public volatile PyObject value;
        /**
         * When the name was last bound after being unbound: the position it would have in
         * CPython's globals dict, where {@code del} removes a key and binding it again appends it.
         */
        volatile long order;

        Binding(String name) {
            this.name = name;
        }

        /**
         * Binds (or with null, unbinds) the name, taking over the caller's reference to
         * {@code newValue}; the old value is decref'd after the store, since its {@code __del__}
         * may read this very global. Without the GIL two threads may store at once: the exchange is
         * then made under the binding's lock, so each old value is dropped by exactly one of them
         * (a read, then a write, would let both drop the same one and leak the other), and no
         * reader is between its read and its incref ({@link Namespace#newReference}).
         */
        public void set(PyObject newValue) {
            PyObject old;
            if (CriticalSection.active()) {
                synchronized (this) { // see newReference
                    old = value;
                    value = newValue;
                }
            } else {
                old = value;
                value = newValue;
            }
            if (old == null && newValue != null) {
                order = ORDER.incrementAndGet();
            }
            if (old != null) {
                RefCount.decref(old);
            }
        }
    }

    /**
     * The bound value with a new reference, or null if unbound: LOAD_GLOBAL's read. With the GIL
     * on, a read and then an incref is enough. Without it, another thread's store could drop the
     * last reference to the value between the two and free it under this thread (CPython 3.13
     * defers such frees, QSBR); so the read and the incref happen under the binding's lock,
     * which the store takes too, and the store's decref comes after.
     */
    public static PyObject newReference(Binding b) {
        if (!CriticalSection.active()) {
            PyObject v = b.value;
            if (v != null) {
                RefCount.incref(v);
            }
            return v;
        }
        synchronized (b) {
            PyObject v = b.value;
            if (v != null) {
                RefCount.incref(v);
            }
            return v;
        }
    }

    private static final AtomicLong ORDER = new AtomicLong();

    private final Map<String, Binding> bindings = new LinkedHashMap<>();

    /** The binding for {@code name}, created unbound if new. */
    public synchronized Binding binding(String name) {
        return bindings.computeIfAbsent(name, Binding::new);
    }

    public PyObject get(String name) {
        Binding b;
        synchronized (this) {
            b = bindings.get(name);
        }
        return b == null ? null : b.value;
    }

    /** Binds {@code name}, taking over the caller's reference to {@code value}. */
    public void put(String name, PyObject value) {
        binding(name).set(value);
    }

    /** The bound bindings in the order CPython's dict would hold them (see {@link Binding#order}). */
    public synchronized List<Binding> boundInDictOrder() {
        List<Binding> out = new ArrayList<>();
        for (Binding b : bindings.values()) {
            if (b.value != null) {
                out.add(b);
            }
        }
        out.sort(Comparator.comparingLong(b -> b.order));
        return out;
    }

    /** Every bound name and value, in definition order. */
    public synchronized void forEach(BiConsumer<String, PyObject> action) {
        for (Binding b : bindings.values()) {
            PyObject v = b.value;
            if (v != null) {
                action.accept(b.name, v);
            }
        }
    }
}
