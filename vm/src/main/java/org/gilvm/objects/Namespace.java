package org.gilvm.objects;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A module's globals. Each name has one {@link Binding} for the life of the module, created on first
 * mention and emptied (not removed) by {@code del}, so compiled code can cache the binding and read a
 * global with one field load instead of a hash lookup.
 */
public final class Namespace {
    /** One global variable; {@code value} is null while unbound. */
    public static final class Binding {
        public final String name;
        public volatile PyObject value;

        Binding(String name) {
            this.name = name;
        }
    }

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

    public void put(String name, PyObject value) {
        binding(name).value = value;
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
