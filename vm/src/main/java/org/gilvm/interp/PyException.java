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
    /**
     * Raised again as it was (RERAISE, bare {@code raise}): the frame it is re-raised in already has
     * its traceback entry, so no new one is added there (CPython skips PyTraceBack_Here too).
     */
    private boolean reraised;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    public PyBaseException value() {
        return value;
    }

    /** This exception, marked as a re-raise (see {@link #reraised}). */
    PyException reraise() {
        reraised = true;
        return this;
    }

    /** Whether the current frame must skip its traceback entry; reading it clears it for the next frame. */
    boolean takeReraised() {
        boolean r = reraised;
        reraised = false;
        return r;
    }

    /** Hands the exception object's reference to a handler (it goes on the operand stack). */
    PyBaseException takeValue() {
        discarded = true;
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
