package org.gilvm.cli;

import org.gilvm.gil.GilSettings;
import org.gilvm.gil.SwitchAt;
import org.gilvm.heap.RefCount;
import picocli.CommandLine.Option;

/**
 * The flags that set up the GIL and the counts, declared once and mixed into every command that
 * runs a script ({@code gilvm FILE}, {@code gilvm live}).
 */
final class GilOptions {
    @Option(names = "--refcount", paramLabel = "plain|atomic|biased", defaultValue = "plain",
            converter = Main.RefcountMode.class,
            description = {"how reference counts are updated (default: ${DEFAULT-VALUE}):",
                    "plain: a read then a write, exact under the GIL, racy without it;",
                    "atomic: atomic read-modify-write; biased: PEP 703's owner-local plus shared count"})
    RefCount.Mode refcount = RefCount.Mode.PLAIN;

    @Option(names = "--gil", paramLabel = "on|off", converter = Main.OnOff.class,
            description = {"the global interpreter lock (default: on, or off when GILVM_GIL=0):",
                    "off lets threads run bytecode in parallel, and plain counts race"})
    Main.OnOff.Value gil;

    @Option(names = "--switch-interval", paramLabel = "TIME", defaultValue = "5ms", converter = Main.Interval.class,
            description = "how long a thread waits for the GIL before it asks the holder to drop it, as "
                    + "sys.setswitchinterval (default: ${DEFAULT-VALUE}; units us, ms, s)")
    long switchIntervalNanos = GilSettings.DEFAULT_INTERVAL_NANOS;

    @Option(names = "--switch-at", paramLabel = "backedge|instruction", defaultValue = "backedge",
            converter = Main.SwitchPoints.class,
            description = {"where a thread may give up the GIL (default: ${DEFAULT-VALUE}):",
                    "backedge: loop back-edges, function entry, after calls (CPython 3.10+);",
                    "instruction: between any two instructions (older CPython)"})
    SwitchAt switchAt = SwitchAt.BACKEDGE;

    /** The GIL's settings: --gil, else GILVM_GIL, else on. */
    GilSettings settings() {
        boolean on = gil != null ? gil == Main.OnOff.Value.ON : GilSettings.enabledByEnvironment();
        return new GilSettings(on, switchIntervalNanos, switchAt);
    }
}
