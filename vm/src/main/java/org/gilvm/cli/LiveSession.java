package org.gilvm.cli;

import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.gilvm.bytecode.Source;
import org.gilvm.gil.GilSettings;
import org.gilvm.gil.GilThread;
import org.gilvm.gil.SwitchAt;
import org.gilvm.heap.Audit;
import org.gilvm.heap.Heap;
import org.gilvm.heap.RefCount;
import org.gilvm.interp.Vm;
import org.gilvm.observe.Json;
import org.gilvm.observe.Outcomes;
import org.gilvm.observe.Outputs;
import org.gilvm.observe.Trace;

/**
 * The live mode's runs: one script run again and again, each on a fresh VM, with the GIL's
 * settings the lecturer picks while it runs, and what the audience watches: totals of corruption,
 * a per-second history of the last minute, and what each thread does now.
 *
 * <p>Notes on the implementation.
 * <ul>
 * <li>Runs use {@code --on-corruption=report} and an audit at exit: a use-after-free is counted and
 *     the run goes on, so the process never dies of the race it shows.
 * <li>A setting changes in two places under {@code lock}: the settings the next run starts with,
 *     and the running VM (at a safepoint, outside the lock, since it waits for threads). A new VM is
 *     made and published under the same lock, so no run starts with a setting already replaced.
 * <li>{@link #sample} runs four times a second on the server's timer; the history buckets per
 *     second what the samples saw change (switches, use-after-free) and what finished runs found.
 * </ul>
 */
final class LiveSession {
    static final int HISTORY_SECONDS = 60;

    private final Source source;
    private final Outcomes.Header header;
    private final List<String> argv;
    private final RefCount.Mode refcount;
    private final Object lock = new Object();
    private final long startNanos = System.nanoTime();

    // Guarded by lock.
    private GilSettings settings;
    private Vm current;
    private int runsStarted;
    private int runsFinished;
    private final long[] totals = new long[Total.values().length];
    private final long[] graded = new long[Outcomes.Grade.values().length];
    private RunResult lastRun;
    private final Deque<Second> history = new ArrayDeque<>();
    private long sampledSwitches;
    private long sampledUseAfterFree;
    private Vm sampledVm;

    private volatile boolean stopping;

    /** What the page counts, in its JSON's names. */
    enum Total {
        OVERCOUNTED("overcounted"), UNDERCOUNTED("undercounted"), FREED_BUT_REFERENCED("freed_but_referenced"),
        LEAKED("leaked"), USE_AFTER_FREE("use_after_free"), CRASHED_RUNS("crashed_runs"), SWITCHES("switches");

        final String field;

        Total(String field) {
            this.field = field;
        }
    }

    /**
     * One finished run: what it printed, its outcome line and the grade the script's
     * {@code # outcome:} annotations give it (as {@code gilvm stress} grades runs).
     */
    record RunResult(int number, int status, boolean gilOnAtEnd, List<String> output, String outcome,
                     Outcomes.Grade grade, String gradeDescription, long findings, long useAfterFree,
                     String lastErrorLine) { }

    /** One second of the history: corruption seen, GIL hand-offs, and whether the GIL was on. */
    private static final class Second {
        final long epochSecond;
        long corruption;
        long switches;
        boolean gilOn;

        Second(long epochSecond, boolean gilOn) {
            this.epochSecond = epochSecond;
            this.gilOn = gilOn;
        }
    }

    /** Throws if the script's header has an {@code # outcome:} line that is not a good one. */
    LiveSession(Source source, List<String> argv, RefCount.Mode refcount, GilSettings settings)
            throws Outcomes.BadAnnotation {
        this.source = source;
        this.header = Outcomes.parseHeader(source.text());
        this.argv = List.copyOf(argv);
        this.refcount = refcount;
        this.settings = settings;
    }

    /**
     * Runs the script again and again until {@link #stop} (or {@code maxRuns}, if positive);
     * {@code onRun} hears of each run that ends.
     */
    void runForever(int maxRuns, java.util.function.Consumer<RunResult> onRun) {
        while (!stopping && (maxRuns <= 0 || runsStarted < maxRuns)) {
            long start = System.nanoTime();
            onRun.accept(runOnce());
            // A script that ends at once (an error on its first line, say) would otherwise start
            // hundreds of runs a second and flood the console: at most five a second.
            long left = MIN_RUN_NANOS - (System.nanoTime() - start);
            if (left > 0 && !stopping) {
                try {
                    Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static final long MIN_RUN_NANOS = 200_000_000L;

    /** One line per run for the lecturer's console. */
    static String summary(RunResult r) {
        String findings = r.findings() == 0 ? "counts exact" : r.findings() + (r.findings() == 1 ? " count wrong" : " counts wrong");
        String grade = r.grade() == Outcomes.Grade.UNKNOWN ? "" : " [" + r.grade().word()
                + (r.gradeDescription() == null ? "" : ": " + r.gradeDescription()) + "]";
        return "run " + r.number() + " (GIL " + (r.gilOnAtEnd() ? "on" : "off") + " at its end): exit " + r.status() + ", "
                + findings + ", " + r.useAfterFree() + " use-after-free: " + String.join(" | ", r.output()) + grade
                + (r.status() != 0 && r.lastErrorLine() != null ? " (" + r.lastErrorLine() + ")" : "");
    }

    /** No run starts after the current one. */
    void stop() {
        stopping = true;
    }

    private RunResult runOnce() {
        StringWriter out = new StringWriter();
        StringWriter errText = new StringWriter();
        Writer err = new CappedWriter(1 << 16, errText);
        Vm vm;
        int number;
        synchronized (lock) {
            Vm.Options options = new Vm.Options(refcount, Heap.OnCorruption.REPORT, true, 0, settings, Outputs.none());
            vm = new Vm(new CappedWriter(1 << 16, out), err, argv, options);
            current = vm;
            number = ++runsStarted;
        }
        vm.setStdin(new java.io.StringReader(""));
        int status = vm.runMain(source);
        return finished(vm, number, status, out.toString(), errText.toString());
    }

    private RunResult finished(Vm vm, int number, int status, String stdout, String stderr) {
        List<Audit.Report> audits = vm.audits();
        Audit.Report atExit = audits.isEmpty() ? null : audits.get(audits.size() - 1);
        synchronized (lock) {
            sample(); // the last of this VM's switches and use-after-free, before it is replaced
            long findings = 0;
            if (atExit != null) {
                findings += add(Total.OVERCOUNTED, atExit.count(Audit.Kind.OVERCOUNTED));
                findings += add(Total.UNDERCOUNTED, atExit.count(Audit.Kind.UNDERCOUNTED));
                findings += add(Total.FREED_BUT_REFERENCED, atExit.count(Audit.Kind.FREED_BUT_REFERENCED));
                findings += add(Total.LEAKED, atExit.count(Audit.Kind.LEAKED));
            }
            if (status == org.gilvm.heap.FatalError.EXIT_STATUS) {
                add(Total.CRASHED_RUNS, 1);
                findings++;
            }
            long useAfterFree = vm.heap().useAfterFreeEvents();
            Outcomes.Verdict verdict = findings > 0 || useAfterFree > 0 ? Outcomes.Verdict.CORRUPTED
                    : Outcomes.Verdict.CLEAN;
            String outcome = Outcomes.line(status, stdout, verdict);
            Outcomes.Annotation a = header.grade(outcome);
            Outcomes.Grade grade = a == null ? Outcomes.Grade.UNKNOWN : a.grade();
            graded[grade.ordinal()]++;
            // The script's own verdict on its output (a lost update of its counter, say) is
            // corruption the audience should see, even when every reference count is exact.
            boolean badOutcome = grade == Outcomes.Grade.INTERESTING || grade == Outcomes.Grade.FORBIDDEN;
            now().corruption += findings + (badOutcome && findings == 0 ? 1 : 0);
            runsFinished++;
            lastRun = new RunResult(number, status, vm.gil().enabled(), Outcomes.lines(stdout), outcome, grade,
                    a == null ? null : a.description(), findings, useAfterFree, lastLine(stderr));
            return lastRun;
        }
    }

    /**
     * What a failed run said last on stderr (an uncaught exception's message), or null: the last
     * line that is neither gilvm's own (the audit's summary and its indented findings) nor part
     * of a traceback's body.
     */
    private static String lastLine(String stderr) {
        List<String> lines = stderr.lines()
                .filter(l -> !l.isBlank() && !l.startsWith("gilvm") && !Character.isWhitespace(l.charAt(0)))
                .toList();
        return lines.isEmpty() ? null : lines.get(lines.size() - 1);
    }

    private long add(Total t, long n) {
        totals[t.ordinal()] += n;
        return n;
    }

    /** Four times a second: what the running VM did since the last sample goes into this second. */
    void sample() {
        synchronized (lock) {
            Vm vm = current;
            if (vm == null) {
                return;
            }
            if (vm != sampledVm) {
                sampledVm = vm;
                sampledSwitches = 0;
                sampledUseAfterFree = 0;
            }
            long switches = vm.gil().switches();
            long uaf = vm.heap().useAfterFreeEvents();
            Second s = now();
            s.switches += switches - sampledSwitches;
            s.corruption += uaf - sampledUseAfterFree;
            add(Total.SWITCHES, switches - sampledSwitches);
            add(Total.USE_AFTER_FREE, uaf - sampledUseAfterFree);
            sampledSwitches = switches;
            sampledUseAfterFree = uaf;
        }
    }

    /** The history's bucket for this second, made (and the oldest dropped) as time passes. */
    private Second now() {
        long second = (System.nanoTime() - startNanos) / 1_000_000_000L;
        Second last = history.peekLast();
        if (last == null || last.epochSecond != second) {
            last = new Second(second, settings.enabled());
            history.addLast(last);
            while (history.size() > HISTORY_SECONDS) {
                history.removeFirst();
            }
        }
        last.gilOn &= settings.enabled();
        return last;
    }

    // ------------------------------------------------------------------ the lecturer's switches

    void setGil(boolean on) {
        Vm vm;
        synchronized (lock) {
            now().gilOn &= on; // a second counts as "GIL on" only if it was on all along
            settings = new GilSettings(on, settings.intervalNanos(), settings.switchAt());
            vm = current;
        }
        if (vm != null) {
            vm.setGilEnabled(on);
        }
    }

    void setInterval(long nanos) {
        Vm vm;
        synchronized (lock) {
            settings = new GilSettings(settings.enabled(), nanos, settings.switchAt());
            vm = current;
        }
        if (vm != null) {
            vm.gil().setIntervalNanos(nanos);
        }
    }

    void setSwitchAt(SwitchAt where) {
        Vm vm;
        synchronized (lock) {
            settings = new GilSettings(settings.enabled(), settings.intervalNanos(), where);
            vm = current;
        }
        if (vm != null) {
            vm.setSwitchAt(where);
        }
    }

    // ------------------------------------------------------------------ what the page shows

    /** The state the page draws, as JSON (GET /api/state, and every server-sent event). */
    String stateJson() {
        synchronized (lock) {
            StringBuilder sb = new StringBuilder(2048);
            sb.append("{\"script\": ").append(Json.quote(source.filename()));
            sb.append(", \"time_s\": ").append((System.nanoTime() - startNanos) / 1_000_000L / 1000.0);
            sb.append(", \"gil\": {\"enabled\": ").append(settings.enabled());
            sb.append(", \"switch_interval_us\": ").append(settings.intervalNanos() / 1000);
            sb.append(", \"switch_at\": \"").append(settings.switchAt().name().toLowerCase()).append("\"}");
            sb.append(", \"refcount\": \"").append(refcount.name().toLowerCase()).append('"');
            sb.append(", \"runs\": {\"started\": ").append(runsStarted).append(", \"finished\": ").append(runsFinished)
                    .append('}');
            sb.append(", \"totals\": {");
            for (Total t : Total.values()) {
                sb.append(t.ordinal() == 0 ? "" : ", ").append('"').append(t.field).append("\": ")
                        .append(totals[t.ordinal()]);
            }
            sb.append("}, \"outcomes\": {");
            for (Outcomes.Grade g : Outcomes.Grade.values()) {
                sb.append(g.ordinal() == 0 ? "" : ", ").append('"').append(g.word()).append("\": ")
                        .append(graded[g.ordinal()]);
            }
            sb.append("}, \"threads\": [");
            appendThreads(sb);
            sb.append("], \"history\": ");
            appendHistory(sb);
            sb.append(", \"last_run\": ");
            appendLastRun(sb);
            return sb.append("}").toString();
        }
    }

    private void appendThreads(StringBuilder sb) {
        if (current == null) {
            return;
        }
        boolean first = true;
        for (GilThread t : current.world().threads()) {
            Trace.State s = t.state();
            if (s == null || s == Trace.State.ENDED) {
                continue;
            }
            sb.append(first ? "" : ", ").append("{\"name\": ").append(Json.quote(t.name()))
                    .append(", \"state\": \"").append(s.label()).append("\", \"category\": \"").append(s.category())
                    .append("\"}");
            first = false;
        }
    }

    /** The last minute, one entry per second, oldest first; seconds without a sample are zeros. */
    private void appendHistory(StringBuilder sb) {
        long nowSecond = (System.nanoTime() - startNanos) / 1_000_000_000L;
        List<Second> seconds = new ArrayList<>(history);
        StringBuilder corruption = new StringBuilder();
        StringBuilder switches = new StringBuilder();
        StringBuilder gilOn = new StringBuilder();
        int next = 0;
        for (long second = nowSecond - HISTORY_SECONDS + 1; second <= nowSecond; second++) {
            while (next < seconds.size() && seconds.get(next).epochSecond < second) {
                next++;
            }
            Second s = next < seconds.size() && seconds.get(next).epochSecond == second ? seconds.get(next) : null;
            String sep = corruption.length() == 0 ? "" : ", ";
            corruption.append(sep).append(s == null ? 0 : s.corruption);
            switches.append(sep).append(s == null ? 0 : s.switches);
            gilOn.append(sep).append(s == null ? settings.enabled() : s.gilOn);
        }
        sb.append("{\"seconds\": ").append(HISTORY_SECONDS).append(", \"corruption\": [").append(corruption)
                .append("], \"switches\": [").append(switches).append("], \"gil_on\": [").append(gilOn).append("]}");
    }

    private void appendLastRun(StringBuilder sb) {
        if (lastRun == null) {
            sb.append("null");
            return;
        }
        sb.append("{\"number\": ").append(lastRun.number()).append(", \"status\": ").append(lastRun.status())
                .append(", \"gil\": \"").append(lastRun.gilOnAtEnd() ? "on" : "off").append('"')
                .append(", \"output\": [").append(String.join(", ", lastRun.output().stream().map(Json::quote).toList()))
                .append("], \"outcome\": ").append(Json.quote(lastRun.outcome()))
                .append(", \"grade\": \"").append(lastRun.grade().word()).append('"')
                .append(", \"grade_description\": ").append(lastRun.gradeDescription() == null ? "null"
                        : Json.quote(lastRun.gradeDescription()))
                .append(", \"findings\": ").append(lastRun.findings())
                .append(", \"use_after_free\": ").append(lastRun.useAfterFree()).append('}');
    }

    int runsFinished() {
        synchronized (lock) {
            return runsFinished;
        }
    }

    /** Keeps at most {@code limit} characters (the first ones): a run's output must not fill memory. */
    static final class CappedWriter extends Writer {
        private final int limit;
        private final Writer target;
        private int written;

        CappedWriter(int limit, Writer target) {
            this.limit = limit;
            this.target = target;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws java.io.IOException {
            int room = Math.min(len, limit - written);
            if (room > 0) {
                target.write(cbuf, off, room);
                written += room;
            }
        }

        @Override
        public void flush() throws java.io.IOException {
            target.flush();
        }

        @Override
        public void close() throws java.io.IOException {
            target.close();
        }
    }
}
