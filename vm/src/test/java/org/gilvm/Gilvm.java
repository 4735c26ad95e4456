package org.gilvm;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.List;
import org.gilvm.bytecode.Source;
import org.gilvm.heap.Audit;
import org.gilvm.interp.Vm;

/** Runs a program in a fresh VM inside the test JVM and captures what a user would see. */
public final class Gilvm {
    private Gilvm() { }

    /**
     * What a run printed and returned, and what its heap knew at exit: every audit it made (the
     * periodic ones, then the one at exit when asked for), and its allocation counters.
     */
    public record Result(String out, String err, int status, List<Audit.Report> audits, long allocated,
                         long freed, long useAfterFree) {
        public long liveAtExit() {
            return allocated - freed;
        }
    }

    public static Result run(String filename, String source) {
        return run(filename, source, Vm.Options.defaults());
    }

    public static Result run(String filename, String source, Vm.Options options) {
        return run(filename, source, options, vm -> { });
    }

    /**
     * Runs a corpus program as a user would in its folder: imports find the modules next to it,
     * stdin is its {@code NAME.in} file if there is one (else empty), and the files it writes go
     * to a fresh directory that is deleted afterwards.
     */
    public static Result run(Path program, Vm.Options options) throws IOException {
        String name = program.getFileName().toString();
        Path stdin = program.resolveSibling(name.replaceAll("\\.py$", ".in"));
        String input = Files.exists(stdin) ? Files.readString(stdin, StandardCharsets.UTF_8) : "";
        Path work = Files.createTempDirectory("gilvm-run");
        try {
            return run(name, Files.readString(program, StandardCharsets.UTF_8), options, vm -> {
                vm.setScriptDirectory(program.getParent());
                vm.setWorkingDirectory(work);
                vm.setStdin(new StringReader(input));
            });
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    public static Result run(Path program) throws IOException {
        return run(program, Vm.Options.defaults());
    }

    private static Result run(String filename, String source, Vm.Options options, Consumer<Vm> setUp) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Vm vm = new Vm(out, err, List.of(filename), options);
        setUp.accept(vm);
        int status = vm.runMain(new Source(filename, source));
        return new Result(out.toString(), err.toString(), status, List.copyOf(vm.audits()),
                vm.heap().allocated(), vm.heap().freed(), vm.heap().useAfterFreeEvents());
    }
}
