package org.gilvm.heap;

/**
 * A simulated crash: the VM found its own heap corrupted (a use-after-free) and stops the program
 * the way CPython would die, with a report and exit status 139. An Error, not an exception, so that
 * no Python {@code except} and no cleanup that touches objects runs on the way out.
 */
public final class FatalError extends Error {
    public static final int EXIT_STATUS = 139;

    private final String report;

    FatalError(String report) {
        super("simulated crash", null, false, false);
        this.report = report;
    }

    /** The faulthandler-style report, ready for stderr. */
    public String report() {
        return report;
    }
}
