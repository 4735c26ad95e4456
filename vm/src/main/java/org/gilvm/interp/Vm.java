package org.gilvm.interp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gilvm.gil.Aborted;
import org.gilvm.gil.EvalBreaker;
import org.gilvm.gil.Gil;
import org.gilvm.gil.GilSettings;
import org.gilvm.gil.GilThread;
import org.gilvm.gil.SwitchAt;
import org.gilvm.gil.Waits;
import org.gilvm.gil.World;
import org.gilvm.heap.Audit;
import org.gilvm.heap.FatalError;
import org.gilvm.heap.Heap;
import org.gilvm.heap.Mutator;
import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;
import org.gilvm.heap.Site;
import org.gilvm.observe.Outputs;
import org.gilvm.observe.Report;
import org.gilvm.observe.Stats;
import org.gilvm.observe.Trace;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    public static final int EXIT_DEADLOCK = 3;
    public static final int EXIT_INTERNAL = 70;

    /** CPython's limit on traceback lines repeated in a row before they are summarised (TB_RECURSIVE_CUTOFF). */
    private static final int RECURSIVE_CUTOFF = 3;
    /** Java stack for the main thread: deep enough for any recursion limit a script sets. */
    private static final long MAIN_STACK_BYTES = 1L << 30;

    /**
     * How a run is set up: the command-line flags of the heap and the GIL, and what the run writes
     * about itself at exit. {@code auditEvery} (tests only) audits at every N-th switch point; 0 never.
     */
    public record Options(RefCount.Mode refcount, Heap.OnCorruption onCorruption, boolean audit, int auditEvery,
                          GilSettings gil, Outputs outputs) {
        public Options(RefCount.Mode refcount, Heap.OnCorruption onCorruption, boolean audit, Path statsJson,
                       int auditEvery) {
            this(refcount, onCorruption, audit, auditEvery, GilSettings.defaults(), Outputs.statsJson(statsJson));
        }

        public static Options defaults() {
            return new Options(RefCount.Mode.PLAIN, Heap.OnCorruption.CRASH, false, null, 0);
        }

        public Options withGil(GilSettings settings) {
            return new Options(refcount, onCorruption, audit, auditEvery, settings, outputs);
        }
    }

    private final Writer out;
    private final Writer err;
    private final List<String> argv;
    private final Options options;
    private final Heap heap;
    private final Gil gil;
    /** Where switch points are; the live mode may move them while the program runs. */
    private volatile SwitchAt switchAt;
    /** The run's timeline, or null when neither --trace nor --report asked for it. */
    private final Trace trace;
    private final World world;
    private final Waits waits;
    private final List<ThreadState> threads = new CopyOnWriteArrayList<>();
    /**
     * References the VM itself holds for a while, as a multiset: a new thread's bootstrap and
     * end lock, from {@code _thread._start} until the thread is done with them. The audit counts
     * them as roots.
     */
    private final Map<PyObject, Integer> heldByVm = new java.util.IdentityHashMap<>();
    /**
     * The warnings already shown, as "module, line, text" (each module's {@code __warningregistry__}
     * in CPython): the default action shows a warning once per place.
     */
    private final java.util.Set<String> warningsShown = ConcurrentHashMap.newKeySet();
    /** Every program thread that ever started, for the statistics. */
    private final List<GilThread> everyThread = new CopyOnWriteArrayList<>();
    /** The exit status, set once: by the main thread's end, or by an abort (deadlock, crash) on any thread. */
    private final java.util.concurrent.CompletableFuture<Integer> exitStatus = new java.util.concurrent.CompletableFuture<>();
    private final java.util.concurrent.atomic.AtomicBoolean aborting = new java.util.concurrent.atomic.AtomicBoolean();
    private final List<Audit.Report> audits = new CopyOnWriteArrayList<>();
    private int auditCountdown;
    private final Namespace builtins = new Namespace();
    private final Map<String, PyModule> modules = new ConcurrentHashMap<>();
    private final Map<String, Function<Vm, PyModule>> builtinModules;
    /** The modules imported from .py files, in the order they finished loading. */
    private final List<PyModule> importedInOrder = new CopyOnWriteArrayList<>();
    private volatile Path workingDirectory = Path.of("");
    private volatile java.io.BufferedReader stdin = new java.io.BufferedReader(java.io.Reader.nullReader());
    /** Where the main script is: imports look there. */
    private volatile Path scriptDirectory;
    /** How the main script's directory was written ("" or "dir/"): module file names in tracebacks start with it. */
    private volatile String scriptPrefix = "";
    private volatile int recursionLimit = 1000;

    public Vm(Writer out, Writer err, List<String> argv) {
        this(out, err, argv, Options.defaults());
    }

    static {
        // A thread waiting for a container's lock (the GIL off) waits detached: its holder may be
        // parked at a safepoint, which must not wait for the waiter in turn.
        org.gilvm.objects.CriticalSection.setWaiter(lock -> {
            if (!(Mutator.currentOrNull() instanceof ThreadState ts)) {
                lock.lock(); // not a program thread (a test's): nothing to detach
                return;
            }
            ts.vm.world.detach(ts.gil, Trace.State.BLOCKED_CONTAINER, ts.gil.traced() ? ts.place() : null);
            try {
                lock.lock();
            } finally {
                ts.vm.world.attach(ts.gil);
            }
        });
    }

    public Vm(Writer out, Writer err, List<String> argv, Options options) {
        this.out = out;
        this.err = err;
        this.argv = List.copyOf(argv);
        this.options = options;
        this.heap = new Heap(options.refcount(), options.onCorruption());
        heap.setHost(new HeapHost());
        Builtins.install(this, builtins);
        this.builtinModules = new ConcurrentHashMap<>(Modules.table());
        this.auditCountdown = options.auditEvery();
        this.trace = options.outputs().traced() ? new Trace("gilvm " + String.join(" ", argv)) : null;
        this.gil = new Gil(options.gil().enabled(), options.gil().intervalNanos(), trace);
        this.world = new World(gil);
        this.switchAt = options.gil().switchAt();
        this.waits = new Waits(world, report -> abort(EXIT_DEADLOCK, report));
        // Without the GIL, containers lock themselves (PEP 703's critical sections); with it, they
        // need not. One VM runs at a time in a JVM (tests run theirs one after another).
        org.gilvm.objects.CriticalSection.setActive(!options.gil().enabled());
    }

    public Heap heap() {
        return heap;
    }

    public Gil gil() {
        return gil;
    }

    public World world() {
        return world;
    }

    public Waits waits() {
        return waits;
    }

    /** Whether the run records its timeline (--trace or --report). */
    public boolean tracing() {
        return trace != null;
    }

    /** Where threads look at their eval breaker: checked by the dispatch loop at every instruction or not. */
    boolean switchAtEveryInstruction() {
        return switchAt == SwitchAt.INSTRUCTION;
    }

    // ------------------------------------------------------------------ changing the GIL while the program runs

    /**
     * Switches the GIL on or off while the program runs (the live mode's switch, {@code
     * sys._set_gil_enabled}), at a safepoint: threads running bytecode park at their next switch
     * point, threads in blocking calls are held when they come back, and when all resume with the
     * GIL on, one of them holds it and the others wait for it. Counts corrupted while it was off
     * stay corrupted; the audit reports them. Returns false if the program has already ended.
     */
    public boolean setGilEnabled(boolean on) {
        if (!world.stop(currentGilThread())) {
            return false;
        }
        try {
            if (gil.enabled() != on) {
                gil.setEnabled(on, world.threads());
                if (trace != null) {
                    trace.gilToggled(on);
                }
            }
        } finally {
            world.start();
        }
        return true;
    }

    /** Moves the switch points while the program runs; each thread sees it at its next switch point. */
    public boolean setSwitchAt(SwitchAt where) {
        if (!world.stop(currentGilThread())) {
            return false;
        }
        switchAt = where;
        world.start();
        return true;
    }

    public Options options() {
        return options;
    }

    /** Every audit this run made, in order (the periodic ones and the one at exit). */
    public List<Audit.Report> audits() {
        return audits;
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

    /** Adds a built-in module before the program runs (tests use it for their hooks). */
    public void addBuiltinModule(String name, Function<Vm, PyModule> maker) {
        builtinModules.put(name, maker);
    }

    /** Where relative file names lead (the process's directory, unless a test sets another). */
    public Path workingDirectory() {
        return workingDirectory;
    }

    public void setWorkingDirectory(Path directory) {
        this.workingDirectory = directory;
    }

    /** asyncio's slow-callback threshold unless --slow-callback says otherwise (CPython's 0.1 s). */
    public static final int DEFAULT_SLOW_CALLBACK_MILLIS = 100;
    private int slowCallbackMillis = DEFAULT_SLOW_CALLBACK_MILLIS;

    /** How long one step of an asyncio task may hold the loop before it is reported; 0: never. */
    public void setSlowCallbackMillis(int millis) {
        this.slowCallbackMillis = millis;
    }

    public int slowCallbackMillis() {
        return slowCallbackMillis;
    }

    /** What {@code input()} reads; nothing (end of file) unless set. */
    public void setStdin(java.io.Reader in) {
        this.stdin = new java.io.BufferedReader(in);
    }

    /** A line of stdin without its line ending, or null at end of file. */
    public String readLine() {
        try {
            return ThreadState.current().withoutGil(Trace.State.BLOCKED_IO, stdin::readLine); // console I/O releases the GIL
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Errors.raise(PyExceptionTypes.KEYBOARD_INTERRUPT, null);
        } catch (IOException e) {
            throw Errors.raise(PyExceptionTypes.OS_ERROR, e.getMessage());
        }
    }

    /** Where {@code import name} looks for {@code name.py}; tests point it at their corpus. */
    public void setScriptDirectory(Path directory) {
        this.scriptDirectory = directory;
    }

    /**
     * {@code import name}: a module already loaded, one of gilvm's built-in modules, or
     * {@code name.py} next to the main script, run once as a module of its own.
     */
    public PyModule importModule(String name) {
        PyModule m = modules.get(name);
        if (m != null) {
            return m;
        }
        Function<Vm, PyModule> maker = builtinModules.get(name);
        if (maker != null) {
            // What a built-in module is made of belongs to the VM: immortal, not the program's to count.
            return modules.computeIfAbsent(name, n -> ThreadState.current().immortal(() -> maker.apply(this)));
        }
        return importSourceModule(name);
    }

    private PyModule importSourceModule(String name) {
        String first = name.split("\\.", 2)[0];
        Source source = name.contains(".") ? null : findSource(name);
        if (source == null) {
            throw Errors.importError(PyExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + first + "'", first);
        }
        ThreadState ts = ThreadState.current();
        Code code;
        try {
            // As for the main script, what the compiler makes belongs to the code: immortal.
            code = ts.immortal(() -> Compiler.compileModule(source));
        } catch (PythonSyntaxError e) {
            throw syntaxErrorException(source, e);
        }
        PyModule module = new PyModule(name);
        modules.put(name, module); // before it runs: a circular import finds it partly made, as in CPython
        try {
            RefCount.decref(Interpreter.runModule(ts, code, module));
        } catch (PyException e) {
            modules.remove(name);
            throw e;
        }
        importedInOrder.add(module);
        return module;
    }

    /** The directory tracebacks name for gilvm's own modules written in Python. */
    public static final String LIBRARY_PREFIX = "<gilvm>/";

    /**
     * {@code name.py} next to the main script, else gilvm's own module of that name written in
     * Python ({@code threading}, {@code queue}: CPython's are Python too), else null.
     */
    private Source findSource(String name) {
        Path file = scriptDirectory == null ? null : scriptDirectory.resolve(name + ".py");
        try {
            if (file != null && Files.isRegularFile(file)) {
                return new Source(scriptPrefix + name + ".py", Files.readString(file, StandardCharsets.UTF_8));
            }
            try (java.io.InputStream in = Vm.class.getResourceAsStream("/org/gilvm/lib/" + name + ".py")) {
                if (in != null) {
                    return new Source(LIBRARY_PREFIX + name + ".py", new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw Errors.raise(PyExceptionTypes.IMPORT_ERROR, "cannot read " + name + ".py: " + e.getMessage());
        }
        return null;
    }

    /** A syntax error in an imported module: a Python exception that prints the place as CPython does. */
    private static PyException syntaxErrorException(Source source, PythonSyntaxError e) {
        PyBaseException exc = PyExceptionTypes.make(PyExceptionTypes.all().get(e.kind()), e.getMessage());
        exc.setSyntaxLocation(syntaxErrorLocation(source, e));
        return new PyException(exc);
    }

    /**
     * Runs a script as {@code __main__} on a thread of its own (with a deep Java stack) and returns
     * the process exit status. Output is flushed before returning.
     */
    public int runMain(Source source) {
        GilThread mainGil = newProgramThread("MainThread");
        Thread main = new VmThread(() -> {
            int status = runMainHere(source, mainGil);
            exitStatus.complete(status);
        }, "MainThread", MAIN_STACK_BYTES);
        main.setDaemon(true);
        main.start();
        int status = exitStatus.join();
        world.abandon();
        return status;
    }

    /** A program thread as the GIL sees it, registered before its OS thread starts (the deadlock detector counts it). */
    public GilThread newProgramThread(String name) {
        GilThread g = new GilThread(name);
        if (trace != null) {
            g.setTrack(trace.newTrack(name));
        }
        world.add(g);
        everyThread.add(g);
        return g;
    }

    /** The GIL state of the calling thread, or null if it is not a program thread. */
    private GilThread currentGilThread() {
        Mutator m = Mutator.currentOrNull();
        return m instanceof ThreadState ts ? ts.gil : null;
    }

    /** The GIL's statistics so far, every thread that ever ran included, in start order. */
    Stats.GilReport gilStats() {
        List<Stats.ThreadTimes> times = new java.util.ArrayList<>();
        for (GilThread t : everyThread) {
            times.add(new Stats.ThreadTimes(t.name(), t.holdNanos(), t.waitNanos(), t.acquisitions(),
                    t.forcedSwitches(), t.dropRequestsMade()));
        }
        return new Stats.GilReport(gil.enabled(), gil.intervalNanos() / 1000,
                switchAt.name().toLowerCase(), gil.switches(), gil.dropRequests(), times);
    }

    /**
     * The program is over, from whichever thread saw it end badly (a deadlock report, a simulated
     * crash, an internal error): the report goes to stderr, the stats are written, and every other
     * thread unwinds at its next switch point or wake-up. The first abort wins.
     */
    void abort(int status, String report) {
        if (!aborting.compareAndSet(false, true)) {
            return;
        }
        flush();
        write(err, report);
        writeOutputs(status);
        // The status is settled before any thread wakes: an unwinding main thread must not settle it.
        exitStatus.complete(status);
        for (GilThread t : world.threads()) {
            t.breaker.set(EvalBreaker.ABORT);
        }
        waits.abort();
    }

    /** Whether the program was aborted: its threads must stop at once. */
    public boolean aborted() {
        return aborting.get();
    }

    private int runMainHere(Source source, GilThread mainGil) {
        Path parent = Path.of(source.filename()).getParent();
        scriptPrefix = parent == null ? "" : parent + "/";
        if (scriptDirectory == null) {
            scriptDirectory = parent == null ? Path.of("") : parent;
        }
        // Compile before the thread joins the heap: what the compiler makes (constants, and the
        // ones it folds away) belongs to the code, not to the program, and is immortal.
        Code code;
        try {
            code = Compiler.compileModule(source);
        } catch (PythonSyntaxError e) {
            flush();
            printSyntaxError(source, e);
            writeOutputs(EXIT_EXCEPTION);
            world.remove(mainGil);
            return EXIT_EXCEPTION;
        } catch (RuntimeException | Error bug) {
            world.remove(mainGil);
            return internalError(bug);
        }
        ThreadState ts = startThread(mainGil);
        int status;
        try {
            status = runScript(ts, code);
            shutdownThreads(ts);
            // Daemon threads stay parked from here on; the world is the main thread's alone.
            world.stopForever(ts.gil);
            if (options.audit()) {
                flush();
                write(err, audit("at exit").summary());
            }
            finalizeModules();
        } catch (FatalError crash) {
            abort(FatalError.EXIT_STATUS, crash.report());
            return FatalError.EXIT_STATUS;
        } catch (Aborted over) {
            return exitStatus.getNow(EXIT_INTERNAL);
        } catch (RuntimeException | Error bug) {
            abort(EXIT_INTERNAL, internalErrorLine(bug));
            return EXIT_INTERNAL;
        }
        if (aborted()) {
            return exitStatus.getNow(EXIT_INTERNAL);
        }
        flush();
        writeOutputs(status);
        endThread(ts);
        return status;
    }

    /**
     * CPython's {@code threading._shutdown}: the interpreter waits for every non-daemon thread
     * before it finalizes. Nothing to do if the program never imported threading.
     */
    private void shutdownThreads(ThreadState ts) {
        PyModule threading = modules.get("threading");
        if (threading == null) {
            return;
        }
        PyObject shutdown = threading.globals().get("_shutdown");
        if (shutdown == null) {
            return;
        }
        try {
            RefCount.decref(shutdown.call(new PyObject[0], 0, 0, null));
        } catch (PyException e) {
            handleUncaught(e);
            e.discard();
        }
    }

    /** A bug in gilvm itself: one line on stderr and exit status 70, never a Java stack trace. */
    private int internalError(Throwable bug) {
        flush();
        write(err, internalErrorLine(bug));
        return EXIT_INTERNAL;
    }

    static String internalErrorLine(Throwable bug) {
        return "gilvm: internal error: " + bug + "\n";
    }

    /** Attaches a new thread state to the calling thread (a {@link VmThread}, or any thread for tests). */
    ThreadState startThread(GilThread g) {
        ThreadState ts = new ThreadState(this, g);
        if (Thread.currentThread() instanceof VmThread t) {
            t.setState(ts);
        }
        if (options.auditEvery() > 0) {
            ts.breaker.set(EvalBreaker.AUDIT);
        }
        world.attach(g);
        ts.attach();
        threads.add(ts);
        return ts;
    }

    /** For tests and tools that run code on a thread of their own. */
    ThreadState startThread(String name) {
        return startThread(newProgramThread(name));
    }

    void endThread(ThreadState ts) {
        threads.remove(ts);
        ts.detach();
        world.detach(ts.gil, Trace.State.ENDED, null);
        world.remove(ts.gil);
    }

    /**
     * {@code _thread}'s thread start: a real platform thread (never a virtual one) that runs
     * {@code body} as a program thread. Its GIL state exists before it starts, so the deadlock
     * detector counts it from the moment the caller could join it. {@code atEnd} runs on the
     * thread after its Python code and before it leaves the program (it releases the join lock).
     */
    public void spawn(GilThread g, java.util.function.Consumer<ThreadState> body, Runnable atEnd) {
        // From the second thread on, containers lock themselves even with the GIL on: the GIL may go
        // off at any safepoint, and an operation that began unlocked must not be left running in
        // parallel with others (CriticalSection's notes). One thread alone never pays for them.
        org.gilvm.objects.CriticalSection.setActive(true);
        Thread t = new VmThread(() -> runSpawned(g, body, atEnd), g.name(), MAIN_STACK_BYTES / 4);
        t.setDaemon(true);
        t.start();
    }

    private void runSpawned(GilThread g, java.util.function.Consumer<ThreadState> body, Runnable atEnd) {
        ThreadState ts = startThread(g);
        try {
            body.accept(ts);
            atEnd.run();
        } catch (FatalError crash) {
            abort(FatalError.EXIT_STATUS, crash.report());
            return;
        } catch (Aborted over) {
            return;
        } catch (RuntimeException | Error bug) {
            abort(EXIT_INTERNAL, internalErrorLine(bug));
            return;
        }
        endThread(ts);
        // If this thread was the last that could wake the others, nobody else would notice.
        waits.threadLeft();
    }

    /** The VM takes over a reference (the caller's) and holds it as a root until {@link #dropHeld}. */
    public void holdForVm(PyObject o) {
        synchronized (heldByVm) {
            heldByVm.merge(o, 1, Integer::sum);
        }
    }

    /** Lets go of a reference {@link #holdForVm} took: it leaves the roots first, then is decref'd. */
    public void dropHeld(PyObject o) {
        synchronized (heldByVm) {
            heldByVm.computeIfPresent(o, (k, n) -> n == 1 ? null : n - 1);
        }
        RefCount.decref(o);
    }

    private int runScript(ThreadState ts, Code code) {
        PyModule main = new PyModule("__main__");
        modules.put("__main__", main);
        try {
            RefCount.decref(Interpreter.runModule(ts, code, main));
            return EXIT_OK;
        } catch (PyException e) {
            int status = handleUncaught(e);
            e.discard();
            return status;
        }
    }

    /**
     * Interpreter exit, as CPython 3.11 does it: {@code __main__}'s globals dict becomes garbage
     * (in CPython it is in a cycle with the module's functions), and the final collection finds
     * everything only it kept alive. So every {@code __del__} runs with the globals still intact,
     * in the collector's order (creation order), before anything is cleared.
     */
    private void finalizeModules() {
        // CPython collects once more before it lets go of the modules (if gc is enabled): that
        // collection's reordering decides the order of __del__ below.
        if (heap.gcEnabled()) {
            heap.collect();
        }
        // Like CPython, the module leaves sys.modules first: from then on only the dying dict holds its globals.
        PyModule main = modules.remove("__main__");
        if (main != null) {
            new DyingGlobals(main.globals());
        }
        // Imported modules' dicts are in cycles with their functions too: they die in the same collection.
        for (PyModule imported : importedInOrder) {
            modules.remove(imported.name());
            new DyingGlobals(imported.globals());
        }
        heap.collect();
    }

    /** Audits every count now, with every other thread stopped at a safepoint. */
    public Audit.Report audit(String when) {
        Audit.Report r = heap.audit(when);
        audits.add(r);
        if (trace != null) {
            trace.audit(r.summary().lines().findFirst().orElse(""), !r.clean());
        }
        return r;
    }

    /**
     * A switch point found the thread's eval breaker set: park for a safepoint, hand the GIL over
     * if another thread asked for it, run heap work, audit.
     */
    void atSwitchPoint(ThreadState ts) {
        EvalBreaker b = ts.breaker;
        if (b.isSet(EvalBreaker.ABORT)) {
            throw new Aborted();
        }
        if (b.isSet(EvalBreaker.SAFEPOINT)) {
            world.park(ts.gil);
        }
        if (b.take(EvalBreaker.GIL_DROP_REQUEST) && !world.isStopper(ts.gil)) {
            world.yieldGil(ts.gil);
        }
        if (b.take(EvalBreaker.HEAP_WORK) || heap.hasPendingWork()) {
            heap.runPendingWork(ts);
        }
        if (options.auditEvery() > 0 && --auditCountdown <= 0) {
            auditCountdown = options.auditEvery();
            audit("at " + Site.format(ts.currentSite(), ts.currentPc()));
        }
    }

    /** What the run writes about itself at exit: --stats, --stats-json, --trace, --report. */
    private void writeOutputs(int status) {
        Outputs o = options.outputs();
        Stats.GilReport gilReport = gilStats();
        if (o.stats()) {
            write(err, Stats.summary(heap, gilReport));
        }
        String statsJson = Stats.json(heap, gilReport, status);
        writeFile(o.statsJson(), statsJson);
        if (trace != null) {
            String traceJson = trace.json();
            writeFile(o.trace(), traceJson);
            if (o.report() != null) {
                writeFile(o.report(), Report.html(new Report.Run(argv.get(0), o.commandLine(), gilReport,
                        heap.mode(), statsJson, List.copyOf(audits), traceJson)));
            }
        }
    }

    private void writeFile(Path file, String text) {
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file, text);
        } catch (java.nio.file.NoSuchFileException e) {
            // Its message is only the path again.
            write(err, "gilvm: cannot write " + file + ": no such directory\n");
        } catch (IOException e) {
            write(err, "gilvm: cannot write " + file + ": " + e.getMessage() + "\n");
        }
    }

    /**
     * Prints a warning to stderr unless the same text was shown at the same line of the same module
     * already (CPython's "default" action, which is the action for RuntimeWarning).
     */
    void warnOnce(String module, int line, String text, String printed) {
        if (warningsShown.add(module + "\0" + line + "\0" + text)) {
            flush();
            write(err, printed);
        }
    }

    /** {@code Exception ignored in: ...}, then the traceback: what CPython prints for an error in {@code __del__}. */
    public void printUnraisable(PyException e, String header) {
        flush();
        write(err, header + "\n" + formatTraceback(e.value()));
        e.discard();
    }

    /** What the heap needs from the VM: roots, thread dumps, stderr and safepoints. */
    private final class HeapHost implements Heap.Host {
        @Override
        public void visitRoots(RefVisitor v) {
            for (ThreadState ts : threads) {
                for (Frame f = ts.frame; f != null; f = f.back) {
                    f.traverse(v);
                }
                ts.visitHandled(v);
            }
            for (PyModule m : modules.values()) {
                m.globals().forEach((name, value) -> v.visit(value));
            }
            builtins.forEach((name, value) -> v.visit(value));
            synchronized (heldByVm) {
                heldByVm.forEach((o, n) -> {
                    for (int i = 0; i < n; i++) {
                        v.visit(o);
                    }
                });
            }
        }

        @Override
        public String threadDump(Mutator current) {
            StringBuilder sb = new StringBuilder();
            dumpThread(sb, (ThreadState) current, "Current thread");
            for (ThreadState ts : threads) {
                if (ts != current) {
                    sb.append('\n');
                    dumpThread(sb, ts, "Thread");
                }
            }
            return sb.toString();
        }

        private void dumpThread(StringBuilder sb, ThreadState ts, String title) {
            long ident = ts.thread().getId();
            sb.append(title).append(String.format(" 0x%016x", ident)).append(" (").append(ts.name)
                    .append(", most recent call first):\n");
            for (Frame f = ts.frame; f != null; f = f.back) {
                sb.append("  File \"").append(f.code.filename()).append("\", line ").append(f.line())
                        .append(" in ").append(f.code.name).append('\n');
            }
        }

        @Override
        public void printError(String text) {
            flush();
            write(err, text);
        }

        @Override
        public void requestSafepoint() {
            for (GilThread t : world.threads()) {
                t.breaker.set(EvalBreaker.HEAP_WORK);
            }
        }

        @Override
        public void stopWorld() {
            world.stop(currentGilThread());
        }

        @Override
        public void startWorld() {
            world.start();
        }

        @Override
        public void useAfterFree(Mutator m, String what) {
            if (m instanceof ThreadState ts) {
                ts.gil.traceInstant(Trace.Instant.USE_AFTER_FREE, what);
            }
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

    /**
     * CPython's traceback format, with runs of the same line summarised as CPython 3.11 does, and
     * the chain of exceptions before it: the cause ({@code raise ... from}), or else the context
     * (the exception being handled when this one was raised), oldest first.
     */
    public static String formatTraceback(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        formatChain(sb, e, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        return sb.toString();
    }

    private static void formatChain(StringBuilder sb, PyBaseException e, java.util.Set<PyBaseException> seen) {
        seen.add(e);
        if (e.cause() != null && !seen.contains(e.cause())) {
            formatChain(sb, e.cause(), seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.context() != null && !e.suppressContext() && !seen.contains(e.context())) {
            formatChain(sb, e.context(), seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        sb.append(formatOne(e));
    }

    private static String formatOne(PyBaseException e) {
        List<PyBaseException.TracebackEntry> entries = e.traceback();
        // An exception that was never raised (a cause made in place) has no traceback: CPython
        // prints no header for it either.
        StringBuilder sb = new StringBuilder(entries.isEmpty() ? "" : "Traceback (most recent call last):\n");
        PyBaseException.TracebackEntry last = null;
        int repeats = 0;
        for (int i = entries.size() - 1; i >= 0; i--) {
            PyBaseException.TracebackEntry t = entries.get(i);
            if (writtenInCByCPython(t)) {
                continue;
            }
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
        if (e.syntaxLocation() != null) {
            sb.append(e.syntaxLocation());
        }
        String message = e.str();
        sb.append(e.type().displayName());
        if (!message.isEmpty()) {
            sb.append(": ").append(message);
        }
        return sb.append('\n').toString();
    }

    /**
     * Functions of gilvm's Python library that CPython writes in C, so that its tracebacks have no
     * line for them: asyncio's Future and Task (CPython's _asyncio module). Leaving them out
     * makes an exception that passes through a task print as CPython prints it.
     */
    private static final Map<String, Set<String>> C_IN_CPYTHON = Map.of(
            LIBRARY_PREFIX + "asyncio.py", Set.of("__step", "__wakeup", "result", "exception", "__await__"));

    private static boolean writtenInCByCPython(PyBaseException.TracebackEntry t) {
        Set<String> functions = C_IN_CPYTHON.get(t.filename());
        return functions != null && functions.contains(t.function());
    }

    private static void appendRepeats(StringBuilder sb, int repeats) {
        if (repeats >= RECURSIVE_CUTOFF) {
            int more = repeats - RECURSIVE_CUTOFF + 1;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "")
                    .append("]\n");
        }
    }

    private void printSyntaxError(Source source, PythonSyntaxError e) {
        write(err, syntaxErrorLocation(source, e) + e.kind() + ": " + e.getMessage() + "\n");
    }

    /** The place of a syntax error, as CPython prints it above the message: file and line, the line, a caret. */
    private static String syntaxErrorLocation(Source source, PythonSyntaxError e) {
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
        return sb.toString();
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
