package org.gilvm.cli;

import java.io.IOException;
import java.io.Writer;
import java.net.BindException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gilvm.bytecode.Source;
import org.gilvm.interp.Vm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gilvm live FILE}: the lecturer's mode. The script runs again and again while a page on
 * 127.0.0.1 shows it live and switches the GIL in mid-run (docs/lecturing.md).
 */
@Command(name = "live", mixinStandardHelpOptions = true,
        description = {"Runs a script again and again, and serves a page on 127.0.0.1 that shows the runs as they "
                + "happen and switches the GIL while they run.",
                "Corruption is counted, never fatal (as --on-corruption=report, with an audit at each run's end)."})
final class Live implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the Python script to run")
    private String file;

    @Parameters(index = "1..*", paramLabel = "ARG", description = "arguments for the script (sys.argv[1:])")
    private List<String> scriptArgs = new ArrayList<>();

    @Option(names = "--port", paramLabel = "P", defaultValue = "8000",
            description = "the port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0: any free port)")
    private int port;

    @Option(names = "--open", description = "open the page in the desktop's browser")
    private boolean open;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "0",
            description = "stop after N runs (default: run until Ctrl-C)")
    private int runs;

    @Mixin
    private GilOptions gilOptions = new GilOptions();

    @Override
    public Integer call() throws IOException {
        Writer out = Main.out();
        Writer err = Main.err();
        Source source = SourceFiles.read(file, err);
        if (source == null) {
            return SourceFiles.lastStatus();
        }
        if (port < 0 || port > 65535) {
            return usage(err, "--port must be 0 to 65535");
        }
        List<String> argv = new ArrayList<>();
        argv.add(file);
        argv.addAll(scriptArgs);
        if (!compiles(source)) {
            // Run it once, as gilvm FILE would: the SyntaxError, in CPython's format, and status 1.
            return new Vm(out, err, argv, Vm.Options.defaults()).runMain(source);
        }
        LiveSession session;
        try {
            session = new LiveSession(source, argv, gilOptions.refcount, gilOptions.settings());
        } catch (org.gilvm.observe.Outcomes.BadAnnotation e) {
            return usage(err, file + ":" + e.line + ": " + e.getMessage());
        }
        LiveServer server;
        try {
            server = new LiveServer(session, port);
        } catch (BindException e) {
            return usage(err, "port " + port + " on 127.0.0.1 is in use (--port=0 picks a free one)");
        }
        server.start();
        String url = "http://127.0.0.1:" + server.port() + "/";
        say(out, "gilvm live: " + file + " at " + url + " (Ctrl-C to stop)");
        if (open) {
            openBrowser(url, err);
        }
        Thread stopper = new Thread(() -> {
            session.stop();
            server.stop();
            say(out, stopped(session.runsFinished()));
        });
        Runtime.getRuntime().addShutdownHook(stopper);
        session.runForever(runs, result -> say(out, LiveSession.summary(result)));
        Runtime.getRuntime().removeShutdownHook(stopper);
        server.stop();
        say(out, stopped(session.runsFinished()));
        return Vm.EXIT_OK;
    }

    private static boolean compiles(Source source) {
        try {
            org.gilvm.compiler.Compiler.compileModule(source);
            return true;
        } catch (org.gilvm.grammar.PythonSyntaxError e) {
            return false;
        }
    }

    private static String stopped(int runs) {
        return "gilvm live: stopped after " + runs + (runs == 1 ? " run" : " runs");
    }

    private static int usage(Writer err, String message) throws IOException {
        err.write("gilvm live: " + message + "\n");
        err.flush();
        return Vm.EXIT_USAGE;
    }

    private static void say(Writer out, String line) {
        try {
            out.write(line + "\n");
            out.flush();
        } catch (IOException ignored) {
            // the console is gone; the page still shows everything
        }
    }

    private static void openBrowser(String url, Writer err) {
        try {
            new ProcessBuilder("xdg-open", url).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            say(err, "gilvm live: cannot open a browser (" + e.getMessage() + "); open " + url + " yourself");
        }
    }
}
