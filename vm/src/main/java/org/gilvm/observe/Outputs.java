package org.gilvm.observe;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run writes about itself at exit, beside the program's own output: {@code --stats},
 * {@code --stats-json}, {@code --trace} and {@code --report}. {@code commandLine} is how the run
 * was asked for, for the report's header.
 */
public record Outputs(boolean stats, Path statsJson, Path trace, Path report, List<String> commandLine) {
    public Outputs {
        commandLine = List.copyOf(commandLine);
    }

    public static Outputs none() {
        return new Outputs(false, null, null, null, List.of());
    }

    /** Only the stats JSON, as tests ask for it. */
    public static Outputs statsJson(Path file) {
        return new Outputs(false, file, null, null, List.of());
    }

    /** Whether the run records its timeline: the trace and the report are drawn from it. */
    public boolean traced() {
        return trace != null || report != null;
    }
}
