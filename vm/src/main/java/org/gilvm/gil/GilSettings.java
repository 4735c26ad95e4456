package org.gilvm.gil;

/**
 * How a run sets up its GIL: on or off ({@code --gil}, {@code GILVM_GIL}), the switch interval
 * ({@code --switch-interval}, {@code sys.setswitchinterval}) and where threads may switch
 * ({@code --switch-at}).
 */
public record GilSettings(boolean enabled, long intervalNanos, SwitchAt switchAt) {
    /** CPython's default switch interval: 5 ms. */
    public static final long DEFAULT_INTERVAL_NANOS = 5_000_000L;

    public static GilSettings defaults() {
        return new GilSettings(true, DEFAULT_INTERVAL_NANOS, SwitchAt.BACKEDGE);
    }

    /** The GIL's state before the flags: {@code GILVM_GIL=0} switches it off, like {@code PYTHON_GIL}. */
    public static boolean enabledByEnvironment() {
        return !"0".equals(System.getenv("GILVM_GIL"));
    }

    /**
     * Parses an interval: a number with a unit {@code us}, {@code ms} or {@code s} ("5ms", "100us",
     * "0.01s"). Throws IllegalArgumentException with a message for the user.
     */
    public static long parseInterval(String text) {
        String t = text.trim();
        long scale;
        String number;
        if (t.endsWith("us")) {
            scale = 1_000L;
            number = t.substring(0, t.length() - 2);
        } else if (t.endsWith("ms")) {
            scale = 1_000_000L;
            number = t.substring(0, t.length() - 2);
        } else if (t.endsWith("s")) {
            scale = 1_000_000_000L;
            number = t.substring(0, t.length() - 1);
        } else {
            throw new IllegalArgumentException("a switch interval needs a unit (us, ms or s): '" + text + "'");
        }
        double value;
        try {
            value = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a switch interval: '" + text + "'");
        }
        long nanos = Math.round(value * scale);
        if (!(value > 0) || nanos < 1_000L || Double.isInfinite(value)) {
            throw new IllegalArgumentException("the switch interval must be at least 1us: '" + text + "'");
        }
        return nanos;
    }
}
