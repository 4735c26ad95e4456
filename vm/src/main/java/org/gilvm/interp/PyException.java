package org.gilvm.interp;

import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyType;

/**
 * A Python exception travelling through Java frames. It carries the exception object and owns one
 * reference to it: whoever catches it and does not rethrow it calls {@link #discard}. The
 * traceback lives in the exception object. No Java stack trace is recorded: it would be costly and
 * must never be shown.
 */
public final class PyException extends RuntimeException {
    private final PyBaseException value;
    private boolean discarded;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    public PyBaseException value() {
        return value;
    }

    /** Drops this exception's reference to the exception object: the catcher swallowed it. */
    public void discard() {
        if (!discarded) {
            discarded = true;
            org.gilvm.heap.RefCount.decref(value);
        }
    }

    public boolean isInstance(PyType type) {
        return value.type().isSubtypeOf(type);
    }

    @Override
    public String getMessage() {
        return value.type().name() + ": " + value.str();
    }
}
