package org.gilvm.properties;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.gilvm.Gilvm;
import org.gilvm.heap.Audit;
import org.gilvm.heap.Heap;
import org.gilvm.heap.RefCount;
import org.gilvm.interp.Vm;
import org.gilvm.properties.RefcountPrograms.Program;

/**
 * gilvm's central invariant, on random programs that make, share, store, drop and cycle objects,
 * raise and handle exceptions that carry them, enter and leave context managers, loop, and run
 * comprehensions, lambdas and special methods over them (see {@link RefcountPrograms} for the
 * grammar): under every counting strategy, with the audit run at random switch points and at exit,
 * every count is exact, nothing is touched after it is freed, every object is freed by the end,
 * every {@code __del__} runs exactly once, and the three strategies print the same thing. A second
 * property checks that what the program prints before interpreter exit is what CPython 3.11
 * prints, {@code __del__} lines and reference counts included.
 */
class RefcountProperties {
    private static final Pattern NEW = Pattern.compile("new (\\d+)");
    private static final Pattern DEL = Pattern.compile("del (\\d+)");

    @Provide
    Arbitrary<Program> programs() {
        return RefcountPrograms.programs();
    }

    @Provide
    Arbitrary<Program> comparablePrograms() {
        return RefcountPrograms.comparablePrograms();
    }

    @Property(tries = 1000)
    void everyCountIsExactAndEveryObjectDiesOnce(@ForAll("programs") Program program,
                                                 @ForAll @IntRange(min = 1, max = 20) int auditEvery) {
        String firstOut = null;
        for (RefCount.Mode mode : RefCount.Mode.values()) {
            Gilvm.Result r = run(program, mode, auditEvery);
            checkRun(program, mode, auditEvery, r);
            if (firstOut == null) {
                firstOut = r.out();
            } else if (!firstOut.equals(r.out())) {
                throw new AssertionError(describe(program, mode, auditEvery, r,
                        "stdout differs from " + RefCount.Mode.values()[0] + "'s:\n" + firstOut));
            }
        }
    }

    @Property(tries = 1500)
    @AddLifecycleHook(NeedsCPython.class)
    void stdoutBeforeExitIsCPythons(@ForAll("comparablePrograms") Program program)
            throws IOException, InterruptedException {
        Gilvm.Result r = run(program, RefCount.Mode.PLAIN, 0);
        checkRun(program, RefCount.Mode.PLAIN, 0, r);
        CPython.Run py = CPython.run(program.source());
        if (py.status() != 0 || !py.err().isEmpty()) {
            throw new AssertionError("CPython failed on a generated program (a generator bug), status "
                    + py.status() + ":\n" + py.err() + "\n" + numbered(program.source()));
        }
        String expected = beforeExit(py.out());
        String actual = beforeExit(r.out());
        if (!expected.equals(actual)) {
            throw new AssertionError(describe(program, RefCount.Mode.PLAIN, 0, r,
                    "stdout before the end marker differs from CPython's:\n" + firstDifference(expected, actual)
                            + "\nCPython printed:\n" + py.out()));
        }
    }

    // ------------------------------------------------------------------ checks

    /** Far more than any generated program needs (a few milliseconds); only a gilvm bug gets here. */
    private static final int RUN_TIMEOUT_SECONDS = 30;

    private static final ExecutorService RUNNER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "refcount-properties-runner");
        t.setDaemon(true);
        return t;
    });

    /**
     * Runs a program in gilvm, with the audit at exit and every {@code auditEvery}-th switch point
     * (0: only at exit). A run that does not end fails the property instead of hanging the build.
     */
    private static Gilvm.Result run(Program program, RefCount.Mode mode, int auditEvery) {
        Vm.Options options = new Vm.Options(mode, Heap.OnCorruption.REPORT, true, null, auditEvery);
        Future<Gilvm.Result> run = RUNNER.submit(() -> Gilvm.run("prog.py", program.source(), options));
        try {
            return run.get(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            stopVmThreads();
            throw new AssertionError("gilvm did not finish in " + RUN_TIMEOUT_SECONDS + " s (refcount=" + mode
                    + ", auditEvery=" + auditEvery + "):\n" + numbered(program.source()));
        } catch (ExecutionException e) {
            throw new AssertionError("gilvm threw " + e.getCause() + " (refcount=" + mode + ", auditEvery="
                    + auditEvery + "):\n" + numbered(program.source()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Ends a hung run's interpreter thread, so the tries after it get the CPU (Java 17 still can). */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stopVmThreads() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getClass().getName().equals("org.gilvm.interp.VmThread") && t.isAlive()) {
                try {
                    t.stop();
                } catch (UnsupportedOperationException newerJava) {
                    // Java 20+: it keeps running; the property has failed anyway.
                }
            }
        }
    }

    private static void checkRun(Program program, RefCount.Mode mode, int auditEvery, Gilvm.Result r) {
        List<String> problems = new ArrayList<>();
        if (r.status() != 0) {
            problems.add("exit status " + r.status());
        }
        int exitAudit = -1;
        for (int i = 0; i < r.audits().size(); i++) {
            if (r.audits().get(i).when().equals("at exit")) {
                exitAudit = i;
                break;
            }
        }
        if (exitAudit < 0) {
            problems.add("no audit at exit");
        } else if (!r.err().equals(r.audits().get(exitAudit).summary())) {
            problems.add("stderr has more than the audit summary");
        }
        // Every audit: the periodic ones, the one at exit, and the periodic ones made while __del__
        // methods run in the final collection after it.
        for (Audit.Report a : r.audits()) {
            if (!a.clean()) {
                problems.add("audit not clean:\n" + a.summary());
                break;
            }
        }
        if (r.useAfterFree() != 0) {
            problems.add(r.useAfterFree() + " use-after-free events");
        }
        if (r.liveAtExit() != 0) {
            problems.add(r.liveAtExit() + " objects still live at exit (allocated " + r.allocated() + ", freed "
                    + r.freed() + ")");
        }
        problems.addAll(finalizerProblems(r.out()));
        if (!problems.isEmpty()) {
            throw new AssertionError(describe(program, mode, auditEvery, r, String.join("\n", problems)));
        }
    }

    /** Every id printed by "new" once, and then by "del" exactly once; no "del" of an unknown id. */
    static List<String> finalizerProblems(String out) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> made = new HashMap<>();
        Map<String, Integer> dels = new HashMap<>();
        for (String line : out.split("\n")) {
            Matcher m = NEW.matcher(line);
            if (m.matches()) {
                if (made.merge(m.group(1), 1, Integer::sum) > 1) {
                    problems.add("id " + m.group(1) + " made twice (a generator bug)");
                }
                continue;
            }
            m = DEL.matcher(line);
            if (m.matches()) {
                String id = m.group(1);
                if (!made.containsKey(id)) {
                    problems.add("__del__ of " + id + " before (or without) its __init__");
                }
                if (dels.merge(id, 1, Integer::sum) == 2) {
                    problems.add("__del__ of " + id + " ran more than once");
                }
            }
        }
        for (String id : made.keySet()) {
            if (!dels.containsKey(id)) {
                problems.add("__del__ of " + id + " never ran");
            }
        }
        return problems;
    }

    /** The output up to and including the end marker: the part whose order CPython fixes. */
    static String beforeExit(String out) {
        String marker = RefcountPrograms.END_MARKER + "\n";
        int at = out.indexOf(marker);
        return at < 0 ? out : out.substring(0, at + marker.length());
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String x = i < e.length ? e[i] : "<nothing>";
            String y = i < a.length ? a[i] : "<nothing>";
            if (!x.equals(y)) {
                return "first difference at output line " + (i + 1) + ": CPython '" + x + "', gilvm '" + y + "'";
            }
        }
        return "no difference";
    }

    private static String describe(Program program, RefCount.Mode mode, int auditEvery, Gilvm.Result r,
                                   String problem) {
        return problem + "\n\n--- program (refcount=" + mode + ", auditEvery=" + auditEvery + ") ---\n"
                + numbered(program.source())
                + "--- gilvm stdout (status " + r.status() + ") ---\n" + r.out()
                + "--- gilvm stderr ---\n" + r.err();
    }

    private static String numbered(String source) {
        StringBuilder sb = new StringBuilder();
        String[] lines = source.split("\n");
        for (int i = 0; i < lines.length; i++) {
            sb.append(String.format("%3d  %s%n", i + 1, lines[i]));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ CPython

    /** Skips the CPython comparison (as a skipped test, with the reason) where there is no CPython 3.11. */
    static final class NeedsCPython implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            return CPython.available() ? SkipResult.doNotSkip()
                    : SkipResult.skip("no CPython 3.11 (python3.11 or python3) installed: comparison skipped");
        }
    }

    /** A live CPython 3.11, if one is installed (as python3.11 or python3). */
    static final class CPython {
        record Run(int status, String out, String err) { }

        private static String command;
        private static boolean probed;

        static synchronized boolean available() {
            if (!probed) {
                probed = true;
                for (String candidate : List.of("python3.11", "python3")) {
                    try {
                        // The interpreter itself, not a launcher in front of it (a pyenv shim costs
                        // more than the run).
                        Process p = new ProcessBuilder(candidate, "-c",
                                "import sys; print(sys.version_info[:2] == (3, 11)); print(sys.executable)").start();
                        String[] out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                                .strip().split("\n");
                        if (p.waitFor() == 0 && out.length == 2 && out[0].equals("True")) {
                            command = out[1].isEmpty() ? candidate : out[1];
                            break;
                        }
                    } catch (IOException | InterruptedException e) {
                        // not this one
                    }
                }
            }
            return command != null;
        }

        static Run run(String source) throws IOException, InterruptedException {
            Path file = Files.createTempFile("gilvm-refcount", ".py");
            try {
                Files.writeString(file, source, StandardCharsets.UTF_8);
                // -S: no site import, which is most of CPython's start-up here (and prints nothing).
                Process p = new ProcessBuilder(command, "-I", "-S", file.toString()).start();
                CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
                String out = read(p.getInputStream());
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError("CPython did not finish in 30 s");
                }
                return new Run(p.exitValue(), out, err.join());
            } finally {
                Files.deleteIfExists(file);
            }
        }

        private static String read(InputStream in) {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "<" + e + ">";
            }
        }
    }
}
