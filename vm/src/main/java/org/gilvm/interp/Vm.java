package org.gilvm.interp;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.gilvm.bytecode.Code;
import org.gilvm.bytecode.Source;
import org.gilvm.compiler.Compiler;
import org.gilvm.grammar.PythonSyntaxError;
import org.gilvm.objects.Errors;
import org.gilvm.objects.Namespace;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyExceptionTypes;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.stdlib.Builtins;
import org.gilvm.stdlib.Modules;

/**
 * One running program: its built-ins, its modules, its output streams and its settings. Several
 * VMs can live in one Java process (the tests run many), so nothing here is static.
 */
public final class Vm {
    /** Exit statuses, as DESIGN.md §5 fixes them. */
    public static final int EXIT_OK = 0;
    public static final int EXIT_EXCEPTION = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INTERNAL = 70;

    /** CPython's limit on traceback lines repeated in a row before they are summarised (TB_RECURSIVE_CUTOFF). */
    private static final int RECURSIVE_CUTOFF = 3;
    /** Java stack for the main thread: deep enough for any recursion limit a script sets. */
    private static final long MAIN_STACK_BYTES = 1L << 30;

    private final Writer out;
    private final Writer err;
    private final List<String> argv;
    private final Namespace builtins = new Namespace();
    private final Map<String, PyModule> modules = new ConcurrentHashMap<>();
    private final Map<String, Function<Vm, PyModule>> builtinModules;
    private volatile int recursionLimit = 1000;

    public Vm(Writer out, Writer err, List<String> argv) {
        this.out = out;
        this.err = err;
        this.argv = List.copyOf(argv);
        Builtins.install(this, builtins);
        this.builtinModules = Modules.table();
    }

    public Writer out() {
        return out;
    }

    public Writer err() {
        return err;
    }

    public List<String> argv() {
        return argv;
    }

    public Namespace builtins() {
        return builtins;
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        this.recursionLimit = limit;
    }

    /** {@code import name}: a module already loaded, or one of gilvm's built-in modules. */
    public PyModule importModule(String name) {
        PyModule m = modules.get(name);
        if (m != null) {
            return m;
        }
        Function<Vm, PyModule> maker = builtinModules.get(name);
        if (maker == null) {
            throw Errors.raise(PyExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
        }
        return modules.computeIfAbsent(name, n -> maker.apply(this));
    }

    /**
     * Runs a script as {@code __main__} on a thread of its own (with a deep Java stack) and returns
     * the process exit status. Output is flushed before returning.
     */
    public int runMain(Source source) {
        int[] status = {EXIT_INTERNAL};
        Thread main = new Thread(null, () -> status[0] = runMainHere(source), "MainThread", MAIN_STACK_BYTES);
        main.start();
        try {
            main.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return status[0];
    }

    private int runMainHere(Source source) {
        ThreadState ts = new ThreadState(this, "MainThread");
        ts.attach();
        try {
            Code code;
            try {
                code = Compiler.compileModule(source);
            } catch (PythonSyntaxError e) {
                flush();
                printSyntaxError(source, e);
                return EXIT_EXCEPTION;
            }
            PyModule main = new PyModule("__main__");
            modules.put("__main__", main);
            try {
                Interpreter.runModule(ts, code, main);
                return EXIT_OK;
            } catch (PyException e) {
                return handleUncaught(e);
            }
        } catch (RuntimeException | Error bug) {
            flush();
            write(err, "gilvm: internal error: " + bug + "\n");
            return EXIT_INTERNAL;
        } finally {
            flush();
            ts.detach();
        }
    }

    private int handleUncaught(PyException e) {
        if (e.isInstance(PyExceptionTypes.SYSTEM_EXIT)) {
            return exitStatusOf(e.value());
        }
        flush();
        write(err, formatTraceback(e.value()));
        return EXIT_EXCEPTION;
    }

    /** {@code sys.exit(arg)}: None is 0, an int is itself, anything else is printed and is 1. */
    private int exitStatusOf(PyBaseException exit) {
        PyObject code = exit.args().size() == 0 ? PyNone.NONE : exit.args().get(0);
        if (code == PyNone.NONE) {
            return EXIT_OK;
        }
        if (code instanceof PyInt i) {
            return (int) i.longValue();
        }
        flush();
        write(err, code.str() + "\n");
        return EXIT_EXCEPTION;
    }

    /** CPython's traceback format, with runs of the same line summarised as CPython 3.11 does. */
    public static String formatTraceback(PyBaseException e) {
        StringBuilder sb = new StringBuilder("Traceback (most recent call last):\n");
        List<PyBaseException.TracebackEntry> entries = e.traceback();
        PyBaseException.TracebackEntry last = null;
        int repeats = 0;
        for (int i = entries.size() - 1; i >= 0; i--) {
            PyBaseException.TracebackEntry t = entries.get(i);
            if (last != null && t.filename().equals(last.filename()) && t.line() == last.line()
                    && t.function().equals(last.function())) {
                repeats++;
            } else {
                appendRepeats(sb, repeats);
                repeats = 0;
            }
            last = t;
            if (repeats < RECURSIVE_CUTOFF) {
                sb.append("  File \"").append(t.filename()).append("\", line ").append(t.line())
                        .append(", in ").append(t.function()).append('\n');
                if (t.sourceLine() != null && !t.sourceLine().isBlank()) {
                    sb.append("    ").append(t.sourceLine().strip()).append('\n');
                }
            }
        }
        appendRepeats(sb, repeats);
        String message = e.str();
        sb.append(e.type().name());
        if (!message.isEmpty()) {
            sb.append(": ").append(message);
        }
        return sb.append('\n').toString();
    }

    private static void appendRepeats(StringBuilder sb, int repeats) {
        if (repeats >= RECURSIVE_CUTOFF) {
            int more = repeats - RECURSIVE_CUTOFF + 1;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "")
                    .append("]\n");
        }
    }

    private void printSyntaxError(Source source, PythonSyntaxError e) {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(source.filename()).append("\", line ").append(e.line()).append('\n');
        String line = source.line(e.line());
        if (line != null) {
            String stripped = line.stripLeading();
            int indent = line.length() - stripped.length();
            sb.append("    ").append(stripped.stripTrailing()).append('\n');
            int caret = Math.max(1, Math.min(e.column() - indent, stripped.stripTrailing().length() + 1));
            if (!e.kind().equals("TabError") && !e.getMessage().equals("unexpected indent")) {
                sb.append("    ").append(" ".repeat(caret - 1)).append("^\n");
            }
        }
        sb.append(e.kind()).append(": ").append(e.getMessage()).append('\n');
        write(err, sb.toString());
    }

    public void flush() {
        try {
            out.flush();
            err.flush();
        } catch (IOException ignored) {
            // Nothing sensible to do when the terminal is gone.
        }
    }

    static void write(Writer w, String s) {
        try {
            w.write(s);
            w.flush();
        } catch (IOException ignored) {
            // A closed stream at exit: the message has nowhere to go.
        }
    }
}
