package org.gilvm.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gilvm.bytecode.Code;
import org.gilvm.bytecode.Disassembler;
import org.gilvm.bytecode.Source;
import org.gilvm.compiler.Compiler;
import org.gilvm.grammar.PythonSyntaxError;
import org.gilvm.gil.GilSettings;
import org.gilvm.gil.SwitchAt;
import org.gilvm.heap.Heap;
import org.gilvm.heap.RefCount;
import org.gilvm.interp.Vm;
import org.gilvm.observe.Outputs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code gilvm} command. Its options, declared here once, are the source of {@code --help}.
 * Nothing thrown inside reaches the user as a Java stack trace: usage errors exit 2, internal
 * errors print one line and exit 70.
 */
@Command(name = "gilvm", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {Main.Dis.class, Stress.class, Live.class},
        description = {"Runs a Python script on gilvm, a teaching VM with real reference counts.",
                "Options may also follow FILE; arguments after '--' go to the script's sys.argv."})
public final class Main implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "the Python script to run")
    private String file;

    @Parameters(index = "1..*", paramLabel = "ARG", description = "arguments for the script (sys.argv[1:])")
    private List<String> scriptArgs = new ArrayList<>();

    @Mixin
    private GilOptions gilOptions = new GilOptions();

    @Option(names = "--audit", description = "at exit, check every reference count against the true number of "
            + "references and print a summary to stderr")
    private boolean audit;

    @Option(names = "--stats-json", paramLabel = "FILE",
            description = "at exit, write counts of allocations, frees, audit findings and the exit status as JSON")
    private Path statsJson;

    @Option(names = "--stats", description = "at exit, print allocation, audit and GIL statistics to stderr")
    private boolean stats;

    @Option(names = "--trace", paramLabel = "FILE.json",
            description = "at exit, write what every thread did when (running, waiting for the GIL, blocked) as "
                    + "Chrome trace events: open it in https://ui.perfetto.dev or chrome://tracing")
    private Path trace;

    @Option(names = "--report", paramLabel = "FILE.html",
            description = "at exit, write one self-contained HTML page: a timeline per thread, the GIL's "
                    + "statistics, the audits and the settings; open it from disk in a browser")
    private Path report;

    @Option(names = "--slow-callback", paramLabel = "MS", defaultValue = "100",
            description = {"asyncio: warn when one step of a task holds the event loop this many milliseconds",
                    "(CPython's debug-mode warning \"Executing <Task ...> took 0.300 seconds\"; on by",
                    "default in gilvm; 0 turns it off; default: ${DEFAULT-VALUE})"})
    private int slowCallbackMillis = Vm.DEFAULT_SLOW_CALLBACK_MILLIS;

    @Option(names = "--on-corruption", paramLabel = "crash|report", defaultValue = "crash",
            converter = CorruptionPolicy.class,
            description = {"on a use-after-free: crash (a fatal-error report, exit 139; default) or",
                    "report (count it, print one line, keep running)"})
    private Heap.OnCorruption onCorruption;

    public static void main(String[] args) {
        System.exit(run(args, stdout(), stderr()));
    }

    /** Runs the command line and returns the exit status; used by main and by tests. */
    public static int run(String[] args, Writer out, Writer err) {
        List<String> invocation = new ArrayList<>(List.of("gilvm"));
        invocation.addAll(List.of(args));
        commandLine = invocation;
        if (isPlainRun(args)) {
            return runPlain(args, out, err);
        }
        try {
            CommandLine cl = new CommandLine(new Main());
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            cl.setExecutionExceptionHandler((ex, line, parsed) -> {
                err.write("gilvm: internal error: " + ex + "\n");
                err.flush();
                return Vm.EXIT_INTERNAL;
            });
            cl.setParameterExceptionHandler((ex, argv) -> {
                // "gilvm stress: ..." for a subcommand's options.
                String who = ex.getCommandLine().getCommandSpec().qualifiedName();
                err.write(who + ": " + ex.getMessage() + " (see " + who + " --help)\n");
                err.flush();
                return Vm.EXIT_USAGE;
            });
            Main.out = out;
            Main.err = err;
            return cl.execute(args);
        } catch (Throwable t) {
            try {
                err.write("gilvm: internal error: " + t + "\n");
                err.flush();
            } catch (IOException ignored) {
                // stderr is gone; the exit status still tells
            }
            return Vm.EXIT_INTERNAL;
        }
    }

    private static Writer out;
    private static Writer err;

    /** Where subcommands write: the writers {@link #run} was given. */
    static Writer out() {
        return out;
    }

    static Writer err() {
        return err;
    }

    /** How gilvm was invoked, for the report's header. */
    private static List<String> commandLine = List.of();

    /** The subcommands' names: an argument spelled so is not a plain run's script. */
    private static final java.util.Set<String> SUBCOMMANDS = java.util.Set.of("dis", "stress", "live");

    /**
     * {@code gilvm FILE [ARG...]} with no option, no {@code --}, no {@code @file} and no subcommand
     * name anywhere: picocli would set nothing but FILE and the script's arguments, so it is not
     * needed. Building its model by reflection costs about 80 ms of a hello-world's start-up, and its classes
     * (Java 5 class files) cannot go into the launcher's class-data-sharing archive.
     */
    static boolean isPlainRun(String[] args) {
        if (args.length == 0) {
            return false;
        }
        for (String a : args) {
            if (a.startsWith("-") || a.startsWith("@") || SUBCOMMANDS.contains(a)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The command picocli would make of a plain run: FILE, the script's arguments and every option
     * at its default (CliTest holds this against picocli's own parse).
     */
    static Main plain(String[] args) {
        Main main = new Main();
        main.file = args[0];
        main.scriptArgs = new ArrayList<>(List.of(args).subList(1, args.length));
        main.onCorruption = Heap.OnCorruption.CRASH;
        return main;
    }

    /** Every setting of a parsed command line, for tests. */
    List<Object> settings() {
        return java.util.Arrays.asList(file, scriptArgs, gilOptions.refcount, audit, statsJson, onCorruption,
                gilOptions.gil, gilOptions.switchIntervalNanos, gilOptions.switchAt, stats, trace, report,
                slowCallbackMillis);
    }

    private static int runPlain(String[] args, Writer out, Writer err) {
        try {
            Main main = plain(args);
            Main.out = out;
            Main.err = err;
            return main.call();
        } catch (Throwable t) {
            try {
                err.write("gilvm: internal error: " + t + "\n");
                err.flush();
            } catch (IOException ignored) {
                // stderr is gone; the exit status still tells
            }
            return Vm.EXIT_INTERNAL;
        }
    }

    @Override
    public Integer call() throws IOException {
        if (file == null) {
            err.write("gilvm: no script given (see gilvm --help)\n");
            err.flush();
            return Vm.EXIT_USAGE;
        }
        Source source = SourceFiles.read(file, err);
        if (source == null) {
            return SourceFiles.lastStatus();
        }
        List<String> argv = new ArrayList<>();
        argv.add(file);
        argv.addAll(scriptArgs);
        Vm.Options options = new Vm.Options(gilOptions.refcount, onCorruption, audit, 0, gilOptions.settings(),
                new Outputs(stats, statsJson, trace, report, commandLine));
        if (slowCallbackMillis < 0) {
            err.write("gilvm: --slow-callback must be 0 or more milliseconds\n");
            err.flush();
            return Vm.EXIT_USAGE;
        }
        Vm vm = new Vm(out, err, argv, options);
        vm.setStdin(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
        vm.setSlowCallbackMillis(slowCallbackMillis);
        return vm.runMain(source);
    }

    @Command(name = "dis", mixinStandardHelpOptions = true,
            description = "Prints the bytecode of a script, in the manner of Python's dis.")
    static final class Dis implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "the Python script to disassemble")
        private String file;

        @Override
        public Integer call() throws IOException {
            Source source = SourceFiles.read(file, err);
            if (source == null) {
                return SourceFiles.lastStatus();
            }
            try {
                Code code = Compiler.compileModule(source);
                out.write(Disassembler.disassembleAll(code));
                out.flush();
                return Vm.EXIT_OK;
            } catch (PythonSyntaxError e) {
                err.write("  File \"" + file + "\", line " + e.line() + "\n" + e.kind() + ": " + e.getMessage() + "\n");
                err.flush();
                return Vm.EXIT_EXCEPTION;
            }
        }
    }

    /** Enum-valued flags are spelled in lower case on the command line ({@code --refcount=biased}). */
    abstract static class LowerCaseEnum<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {
        private final Class<E> type;

        LowerCaseEnum(Class<E> type) {
            this.type = type;
        }

        @Override
        public E convert(String value) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(value)) {
                    return e;
                }
            }
            String expected = String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                    .map(e -> e.name().toLowerCase()).toList());
            throw new CommandLine.TypeConversionException("expected one of " + expected + " but was '" + value + "'");
        }
    }

    static final class RefcountMode extends LowerCaseEnum<RefCount.Mode> {
        RefcountMode() {
            super(RefCount.Mode.class);
        }
    }

    static final class SwitchPoints extends LowerCaseEnum<SwitchAt> {
        SwitchPoints() {
            super(SwitchAt.class);
        }
    }

    /** {@code --gil=on|off}, also 1|0 as the environment variable spells it. */
    static final class OnOff implements CommandLine.ITypeConverter<OnOff.Value> {
        enum Value { ON, OFF }

        @Override
        public Value convert(String value) {
            return switch (value.toLowerCase()) {
                case "on", "1" -> Value.ON;
                case "off", "0" -> Value.OFF;
                default -> throw new CommandLine.TypeConversionException("expected on or off but was '" + value + "'");
            };
        }
    }

    static final class Interval implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return GilSettings.parseInterval(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class CorruptionPolicy extends LowerCaseEnum<Heap.OnCorruption> {
        CorruptionPolicy() {
            super(Heap.OnCorruption.class);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"gilvm " + (v == null ? "0.1.0" : v) + " (Python 3.11 subset, Java "
                    + System.getProperty("java.version") + ")"};
        }
    }

    private static Writer stdout() {
        return new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), 1 << 16);
    }

    private static Writer stderr() {
        return new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8);
    }
}
