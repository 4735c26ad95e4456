package org.gilvm.objects;

import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code id()} for gilvm objects: a number that stays the same for the object's life and looks like
 * an address. Java has no stable addresses, so an id is handed out on first request and kept in
 * the object (see {@link PyObject#id()}).
 */
final class Identity {
    private static final AtomicLong NEXT = new AtomicLong(0x7f3a_0000_1000L);

    private Identity() { }

    static long next() {
        return NEXT.getAndAdd(48);
    }

    static long of(PyObject o) {
        return o.id();
    }
}
