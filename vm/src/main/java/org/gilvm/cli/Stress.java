package org.gilvm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gilvm.interp.Vm;
import org.gilvm.observe.Outcomes;
import org.gilvm.observe.RaceTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gilvm stress FILE}: the race lab. Runs a script many times in each mode, each run a child
 * process (a fresh JVM: a simulated crash, a deadlock or a hang ends that run, not the lab, and no
 * static state leaks from one run to the next), and prints per mode how often each outcome occurred,
 * graded by the script's own annotations. The outcome line and the annotations are
 * {@link Outcomes}'; the tables are {@link RaceTable}'s.
 */
@Command(name = "stress", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Runs a script many times in each mode, each run in a child process, and prints per "
                + "mode how often each outcome occurred and its grade, in the manner of jcstress.",
                "",
                "The outcome line of a run, which the annotations match:",
                "  crash      exit status 139, the simulated segfault",
                "  deadlock   exit status 3, a detected deadlock",
                "  timeout    killed after --timeout",
                "  otherwise  its stdout, the final newline stripped, lines joined by ' | ',",
                "             then ' [corrupted]' if the audit found a wrong count or a",
                "             use-after-free happened, then ' [exit N]' if the status N is not 0",
                "",
                "The script's leading comment block grades outcomes, the first match winning",
                "(a Java regex, found anywhere in the line unless anchored):",
                "  # outcome: ^counter 400000$ -> expected \"every increment counted\"",
                "  # outcome: ^counter \\d+$ -> interesting \"lost updates\"",
                "  # outcome: ^crash$ -> forbidden",
                "Outcomes no annotation matches are graded unknown. The block may also name",
                "the default modes: # modes: gil=on,switch-at=instruction",
                "",
                "Exit status: 1 if a forbidden outcome occurred, 2 for a usage error, else 0.",
                ""},
        footer = {"", "Arguments after '--' go to the script's sys.argv. See docs/stress.md."})
public final class Stress implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the Python script to run")
    private String file;

    @Parameters(index = "1..*", paramLabel = "ARG", description = "arguments for the script (sys.argv[1:])")
    private List<String> scriptArgs = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10",
            description = "runs per mode (default: ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--modes", paramLabel = "MODE,...",
            description = {"the modes, comma-separated; a mode is gilvm flags without their dashes, joined "
                    + "with '+': gil=off+refcount=biased means --gil=off --refcount=biased "
                    + "(default: the script's '# modes:' line, else " + DEFAULT_MODES + ")"})
    private String modes;

    @Option(names = "--jobs", paramLabel = "K", defaultValue = "1",
            description = {"runs at once (default: ${DEFAULT-VALUE}); parallel runs compete for the cores, "
                    + "which changes the races' timing, and so the frequencies"})
    private int jobs;

    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "60s",
            description = "kill a run after this long; its outcome is 'timeout' "
                    + "(default: ${DEFAULT-VALUE}; units ms, s, m)")
    private String timeout;

    @Option(names = "--html", paramLabel = "FILE",
            description = "also write the tables as one self-contained HTML page")
    private Path html;

    @Spec
    private CommandSpec spec;

    static final String DEFAULT_MODES = "gil=on,gil=off";

    /** Flags a mode may not carry: the lab sets them itself, or they would not run the script. */
    private static final Set<String> RESERVED = Set.of("--audit", "--stats-json", "--help", "--version");

    /** A usage error: one line, exit status 2. */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return stress(out, err);
        } catch (UsageError e) {
            err.println("gilvm stress: " + e.getMessage());
            err.flush();
            return Vm.EXIT_USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("gilvm stress: interrupted");
            err.flush();
            return Vm.EXIT_INTERNAL;
        } catch (IOException | RuntimeException | Error e) {
            err.println("gilvm stress: internal error: " + e);
            err.flush();
            return Vm.EXIT_INTERNAL;
        }
    }

    private int stress(PrintWriter out, PrintWriter err) throws UsageError, IOException, InterruptedException {
        if (runs < 1) {
            throw new UsageError("--runs must be at least 1, not " + runs);
        }
        if (jobs < 1) {
            throw new UsageError("--jobs must be at least 1, not " + jobs);
        }
        long timeoutNanos = parseTimeout(timeout);
        String source = readScript(file);
        Outcomes.Header header;
        try {
            header = Outcomes.parseHeader(source);
        } catch (Outcomes.BadAnnotation e) {
            throw new UsageError(file + ":" + e.line + ": " + e.getMessage());
        }
        List<List<String>> modeFlags;
        if (modes != null) {
            modeFlags = parseModes(modes);
        } else if (header.modes() != null) {
            try {
                modeFlags = parseModes(header.modes());
            } catch (UsageError e) {
                throw new UsageError(file + ":" + header.modesLine() + ": " + e.getMessage());
            }
        } else {
            modeFlags = parseModes(DEFAULT_MODES);
        }
        if (html != null) {
            Path parent = html.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent) || Files.isDirectory(html)) {
                throw new UsageError("cannot write --html=" + html + ": no such directory, or a directory");
            }
        }

        List<RaceTable.ModeTable> tables = runAll(modeFlags, header, timeoutNanos, err);

        String title = "gilvm stress " + file + ": " + runs + (runs == 1 ? " run" : " runs") + " per mode";
        out.print(RaceTable.text(title, tables));
        out.flush();
        if (html != null) {
            List<String> notes = List.of(
                    "Each run is a child process (java -Xss16m -cp CLASSPATH org.gilvm.cli.Main MODE --audit "
                            + "--stats-json=... " + file + "), " + jobs + " at a time, killed after " + timeout + ".",
                    "The outcome line: 'crash' (exit 139), 'deadlock' (exit 3), 'timeout'; otherwise stdout, lines "
                            + "joined by ' | ', then ' [corrupted]' if the audit found a wrong count or a "
                            + "use-after-free happened, then ' [exit N]' for a nonzero exit status.");
            try {
                Files.writeString(html, RaceTable.html(title, notes, tables), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageError("cannot write --html=" + html + ": " + e.getMessage());
            }
        }
        return RaceTable.anyForbidden(tables) ? 1 : Vm.EXIT_OK;
    }

    // ---- modes ----

    /**
     * {@code gil=on,gil=off+refcount=biased} into flag lists, each checked against the run command's
     * own options (Main's picocli model), so a mode accepts exactly what {@code gilvm FILE} accepts.
     */
    static List<List<String>> parseModes(String text) throws UsageError {
        List<List<String>> result = new ArrayList<>();
        CommandSpec run = CommandSpec.forAnnotatedObject(new Main());
        for (String mode : text.split(",", -1)) {
            if (mode.isBlank()) {
                throw new UsageError("an empty mode in '" + text + "' (modes are separated by ',')");
            }
            List<String> flags = new ArrayList<>();
            for (String part : mode.split("\\+", -1)) {
                String item = part.strip();
                while (item.startsWith("-")) {
                    item = item.substring(1);
                }
                if (item.isEmpty()) {
                    throw new UsageError("an empty flag in mode '" + mode.strip() + "' (flags are joined by '+')");
                }
                String name = "--" + (item.contains("=") ? item.substring(0, item.indexOf('=')) : item);
                OptionSpec option = run.findOption(name);
                if (option == null || !option.longestName().equals(name)) {
                    throw new UsageError("mode '" + mode.strip() + "': gilvm has no flag " + name
                            + " (see gilvm --help)");
                }
                if (RESERVED.contains(name)) {
                    throw new UsageError("mode '" + mode.strip() + "': " + name + " is not allowed in a mode");
                }
                flags.add("--" + item);
            }
            List<String> args = new ArrayList<>(flags);
            args.add("script.py");
            try {
                new CommandLine(new Main()).parseArgs(args.toArray(new String[0]));
            } catch (CommandLine.ParameterException e) {
                throw new UsageError("mode '" + mode.strip() + "': " + e.getMessage());
            }
            result.add(List.copyOf(flags));
        }
        return result;
    }

    private static final Pattern TIME = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m)?");

    /** {@code 60s}, {@code 500ms}, {@code 2m}; a bare number is seconds. */
    static long parseTimeout(String text) throws UsageError {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            throw new UsageError("--timeout: expected a time such as 60s, 500ms or 2m, not '" + text + "'");
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double nanos = value * switch (unit) {
            case "ms" -> 1e6;
            case "m" -> 60e9;
            default -> 1e9;
        };
        if (nanos < 1e6) {
            throw new UsageError("--timeout must be at least 1ms, not '" + text + "'");
        }
        return (long) Math.min(nanos, Long.MAX_VALUE / 2);
    }

    private static String readScript(String file) throws UsageError {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageError("can't open file '" + file + "': [Errno 2] No such file or directory");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new UsageError("'" + file + "' is not UTF-8");
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new UsageError("can't open file '" + file + "': " + e.getMessage());
        }
    }

    // ---- runs ----

    /** The children still running, so that an interrupted lab (Ctrl-C) leaves none behind. */
    private final Set<Process> live = ConcurrentHashMap.newKeySet();

    private List<RaceTable.ModeTable> runAll(List<List<String>> modeFlags, Outcomes.Header header, long timeoutNanos,
                                             PrintWriter err) throws IOException, InterruptedException {
        Path tmp = Files.createTempDirectory("gilvm-stress");
        Thread cleanup = new Thread(() -> live.forEach(Process::destroyForcibly), "gilvm-stress-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "gilvm-stress-run");
            t.setDaemon(true);
            return t;
        });
        boolean progress = System.console() != null;
        int total = runs * modeFlags.size();
        AtomicInteger done = new AtomicInteger();
        try {
            List<List<Future<Outcomes.Run>>> futures = new ArrayList<>();
            int n = 0;
            for (List<String> flags : modeFlags) {
                List<Future<Outcomes.Run>> mode = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    Path stem = tmp.resolve("run" + n++);
                    mode.add(pool.submit(() -> {
                        Outcomes.Run r = runOnce(flags, stem, timeoutNanos);
                        int d = done.incrementAndGet();
                        if (progress) {
                            synchronized (err) {
                                err.print("\rgilvm stress: " + d + "/" + total + " runs");
                                err.flush();
                            }
                        }
                        return r;
                    }));
                }
                futures.add(mode);
            }
            List<RaceTable.ModeTable> tables = new ArrayList<>();
            for (int m = 0; m < modeFlags.size(); m++) {
                List<RaceTable.Outcome> outcomes = new ArrayList<>();
                for (Future<Outcomes.Run> f : futures.get(m)) {
                    Outcomes.Run r = get(f);
                    outcomes.add(new RaceTable.Outcome(Outcomes.line(r), r.stderr()));
                }
                String label = String.join(" ", modeFlags.get(m));
                tables.add(RaceTable.group(label, outcomes, header));
            }
            if (progress) {
                err.print("\r" + " ".repeat(40) + "\r");
                err.flush();
            }
            return tables;
        } finally {
            pool.shutdownNow();
            live.forEach(Process::destroyForcibly);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run
            }
            deleteTree(tmp);
        }
    }

    private static Outcomes.Run get(Future<Outcomes.Run> f) throws IOException, InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static final int STDERR_KEPT = 8000;

    /** One child: {@code java ... org.gilvm.cli.Main FLAGS --audit --stats-json=F FILE [-- ARGS]}, stdin closed. */
    private Outcomes.Run runOnce(List<String> flags, Path stem, long timeoutNanos)
            throws IOException, InterruptedException {
        Path stdout = Path.of(stem + ".out");
        Path stderr = Path.of(stem + ".err");
        Path stats = Path.of(stem + ".json");
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBinary());
        cmd.addAll(childJvmFlags());
        cmd.add(Main.class.getName());
        cmd.addAll(flags);
        cmd.add("--audit");
        cmd.add("--stats-json=" + stats);
        cmd.add(file);
        if (!scriptArgs.isEmpty()) {
            cmd.add("--");
            cmd.addAll(scriptArgs);
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        Process p = pb.start();
        live.add(p);
        boolean timedOut;
        try {
            p.getOutputStream().close();
            timedOut = !p.waitFor(timeoutNanos, TimeUnit.NANOSECONDS);
            if (timedOut) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor();
            }
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
            live.remove(p);
        }
        String out = Files.readString(stdout, StandardCharsets.UTF_8);
        String errText = new String(Files.readAllBytes(stderr), StandardCharsets.UTF_8);
        if (errText.length() > STDERR_KEPT) {
            errText = errText.substring(0, STDERR_KEPT);
        }
        String json = Files.exists(stats) ? Files.readString(stats, StandardCharsets.UTF_8) : null;
        Files.deleteIfExists(stdout);
        Files.deleteIfExists(stderr);
        Files.deleteIfExists(stats);
        return new Outcomes.Run(p.exitValue(), timedOut, out, errText, json);
    }

    /** The JVM running this command. */
    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * The child's JVM flags: the stack the launcher gives gilvm, this JVM's class path, and its
     * class-data-sharing archive if the launcher passed one (it saves a child most of its start-up).
     */
    static List<String> childJvmFlags() {
        List<String> flags = new ArrayList<>();
        flags.add("-Xss16m");
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-XX:SharedArchiveFile=") || a.startsWith("-Xlog:cds")) {
                flags.add(a);
            }
        }
        flags.add("-cp");
        flags.add(System.getProperty("java.class.path"));
        return flags;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // a temporary directory left behind is no reason to fail the lab
        }
    }
}
