package org.gilvm.interp;

import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyType;

/**
 * A Python exception travelling through Java frames. It carries the exception object; the
 * traceback lives in that object. No Java stack trace is recorded: it would be costly and must
 * never be shown.
 */
public final class PyException extends RuntimeException {
    private final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    public PyBaseException value() {
        return value;
    }

    public boolean isInstance(PyType type) {
        return value.type().isSubtypeOf(type);
    }

    @Override
    public String getMessage() {
        return value.type().name() + ": " + value.str();
    }
}
