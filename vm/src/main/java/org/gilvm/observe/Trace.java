package org.gilvm.observe;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A run's timeline: what every thread did when, for {@code --trace} (Chrome's Trace Event Format,
 * which Perfetto and chrome://tracing open) and the HTML report.
 *
 * <p>Notes on the implementation.
 * <ul>
 * <li>Each thread records into its own {@link Track}, which only that thread writes: nothing on
 *     the recording path takes a lock. Recording happens where the GIL changes hands or a thread
 *     blocks, never per instruction; with tracing off the track is null and the cost is one
 *     null test at those places.
 * <li>A track is a sequence of state changes (running, waiting for the GIL, blocked, parked) and
 *     instants. Spans are made from the changes when the trace is written, so a thread's spans are
 *     disjoint by construction: it is in one state at a time.
 * <li>Events go into fixed-size chunks that never move, and a volatile count publishes each one.
 *     So the trace can be written while a thread still records (daemon threads at exit, the
 *     threads of an aborted run unwinding): the writer sees a prefix of every track.
 * <li>Process-wide events (GIL toggles, audits) and the GIL-waiters counter are rare next to
 *     bytecode; they are synchronized.
 * <li>Times are {@code System.nanoTime()} since the trace began, written in microseconds.
 * </ul>
 */
public final class Trace {
    /** What a thread is doing; each state is one kind of span on its track. */
    public enum State {
        RUNNING_WITH_GIL("running (holds GIL)", "running"),
        RUNNING_WITHOUT_GIL("running (GIL off)", "running"),
        WAITING_FOR_GIL("waiting for GIL", "waiting"),
        PARKED("parked at safepoint", "parked"),
        BLOCKED_SLEEP("blocked: sleep", "blocked"),
        BLOCKED_LOCK("blocked: lock", "blocked"),
        BLOCKED_QUEUE("blocked: queue", "blocked"),
        BLOCKED_JOIN("blocked: join", "blocked"),
        BLOCKED_IO("blocked: I/O", "blocked"),
        BLOCKED_CONTAINER("blocked: container lock", "blocked"),
        RELEASED_HASHING("GIL released: hashing", "blocked"),
        /** One step of an asyncio task, on the loop thread's task track; the span is named by its detail. */
        TASK_STEP(null, "task"),
        /** Between task steps: no span. */
        IDLE(null, null),
        /** The thread left the program: no span follows. */
        ENDED(null, null);

        final String spanName;
        final String category;

        State(String spanName, String category) {
            this.spanName = spanName;
            this.category = category;
        }

        /** The span's name: "running (holds GIL)", "blocked: lock", ...; null for the unnamed states. */
        public String label() {
            return spanName;
        }

        /** running, waiting, blocked or parked: what a chart colours alike. */
        public String category() {
            return category;
        }
    }

    /** Instants on a thread's track. */
    public enum Instant {
        DROP_REQUEST("drop request"),
        FORCED_SWITCH("forced switch"),
        USE_AFTER_FREE("use-after-free");

        final String eventName;

        Instant(String eventName) {
            this.eventName = eventName;
        }
    }

    /** Events a track keeps at most (about 20 MB); later ones are counted and dropped. */
    static final int MAX_EVENTS_PER_TRACK = 1 << 20;
    private static final int CHUNK = 1 << 12;

    private final long origin = System.nanoTime();
    private final String processName;
    private final List<Track> tracks = new CopyOnWriteArrayList<>();
    private final Events global = new Events();
    private final Events waiters = new Events();

    public Trace(String processName) {
        this.processName = processName;
    }

    /** A new thread's track; tids follow creation order from 1 (threads may start several at once). */
    public synchronized Track newTrack(String threadName) {
        Track t = new Track(tracks.size() + 1, threadName);
        tracks.add(t);
        return t;
    }

    /** The GIL was switched on or off while the program ran. */
    public synchronized void gilToggled(boolean on) {
        global.add(System.nanoTime(), on ? 1 : 0, null);
    }

    /** An audit ran; {@code corrupted}: it found counts wrong. */
    public synchronized void audit(String summary, boolean corrupted) {
        long now = System.nanoTime();
        global.add(now, GLOBAL_AUDIT, summary);
        if (corrupted) {
            global.add(now, GLOBAL_CORRUPTION, summary);
        }
    }

    /** How many threads wait for the GIL now; the caller holds the GIL's mutex, so calls are ordered. */
    public void gilWaiters(int count) {
        waiters.add(System.nanoTime(), count, null);
    }

    private static final int GLOBAL_AUDIT = 2;
    private static final int GLOBAL_CORRUPTION = 3;
    private static final String[] GLOBAL_NAMES = {"GIL off", "GIL on", "audit", "corruption detected"};

    /** One thread's events. Only its thread calls {@link #enter} and {@link #instant}. */
    public final class Track {
        final int tid;
        final String threadName;
        private final Events events = new Events();
        /** The state last entered, so re-entering it records nothing (owner thread only). */
        private State current;
        /** The asyncio task steps this thread's loop runs: a track of their own, made on first use. */
        private Track tasks;

        Track(int tid, String threadName) {
            this.tid = tid;
            this.threadName = threadName;
        }

        /** The thread is now in {@code state}; {@code detail} (may be null) says on what and where. */
        public void enter(State state, String detail) {
            if (state == current && detail == null) {
                return;
            }
            current = state;
            events.add(System.nanoTime(), state.ordinal(), detail);
        }

        public void instant(Instant what, String detail) {
            events.add(System.nanoTime(), -1 - what.ordinal(), detail);
        }

        /**
         * The track of the asyncio task steps this thread runs. A step may span GIL hand-offs, so
         * it cannot nest in this track's spans: it gets a track (a lane) of its own.
         */
        public Track tasks() {
            if (tasks == null) {
                tasks = newTrack(threadName + ": asyncio tasks");
            }
            return tasks;
        }
    }

    /**
     * An append-only list of (time, code, detail) for one writer at a time, readable while it
     * grows: chunks never move, and the volatile size is written after the event it publishes.
     */
    static final class Events {
        private final long[][] times = new long[MAX_EVENTS_PER_TRACK / CHUNK][];
        private final int[][] codes = new int[MAX_EVENTS_PER_TRACK / CHUNK][];
        private final String[][] details = new String[MAX_EVENTS_PER_TRACK / CHUNK][];
        private volatile int size;
        private long dropped;

        void add(long time, int code, String detail) {
            int n = size;
            if (n == MAX_EVENTS_PER_TRACK) {
                dropped++;
                return;
            }
            int chunk = n / CHUNK;
            if (times[chunk] == null) {
                times[chunk] = new long[CHUNK];
                codes[chunk] = new int[CHUNK];
                details[chunk] = new String[CHUNK];
            }
            times[chunk][n % CHUNK] = time;
            codes[chunk][n % CHUNK] = code;
            details[chunk][n % CHUNK] = detail;
            size = n + 1;
        }

        int size() {
            return size;
        }

        long time(int i) {
            return times[i / CHUNK][i % CHUNK];
        }

        int code(int i) {
            return codes[i / CHUNK][i % CHUNK];
        }

        String detail(int i) {
            return details[i / CHUNK][i % CHUNK];
        }
    }

    // ------------------------------------------------------------------ writing

    /** The trace as Chrome Trace Event Format JSON; open spans end now. */
    public String json() {
        long end = System.nanoTime();
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("{\"traceEvents\": [\n");
        sb.append("{\"ph\": \"M\", \"name\": \"process_name\", \"pid\": 1, \"args\": {\"name\": ")
                .append(Json.quote(processName)).append("}}");
        for (Track t : tracks) {
            writeTrack(sb, t, end);
        }
        writeGlobal(sb);
        writeWaiters(sb);
        sb.append("\n], \"displayTimeUnit\": \"ms\"}\n");
        return sb.toString();
    }

    private void writeTrack(StringBuilder sb, Track t, long end) {
        sb.append(",\n{\"ph\": \"M\", \"name\": \"thread_name\", \"pid\": 1, \"tid\": ").append(t.tid)
                .append(", \"args\": {\"name\": ").append(Json.quote(t.threadName)).append("}}");
        sb.append(",\n{\"ph\": \"M\", \"name\": \"thread_sort_index\", \"pid\": 1, \"tid\": ").append(t.tid)
                .append(", \"args\": {\"sort_index\": ").append(t.tid).append("}}");
        Events e = t.events;
        int n = e.size();
        State open = null;
        long openedAt = 0;
        String openDetail = null;
        for (int i = 0; i < n; i++) {
            int code = e.code(i);
            long at = e.time(i);
            if (code < 0) {
                sb.append(",\n{\"ph\": \"i\", \"s\": \"t\", \"name\": \"").append(Instant.values()[-1 - code].eventName)
                        .append("\", \"ts\": ").append(since(at)).append(", \"pid\": 1, \"tid\": ").append(t.tid);
                detailArgs(sb, e.detail(i));
                sb.append('}');
                continue;
            }
            if (open != null) {
                span(sb, t.tid, open, openedAt, at, openDetail);
            }
            State s = State.values()[code];
            open = s.category == null ? null : s;
            openedAt = at;
            openDetail = e.detail(i);
        }
        if (open != null) {
            span(sb, t.tid, open, openedAt, Math.max(end, openedAt), openDetail);
        }
        if (e.dropped > 0) {
            sb.append(",\n{\"ph\": \"i\", \"s\": \"t\", \"name\": \"trace truncated\", \"ts\": ")
                    .append(since(e.time(n - 1))).append(", \"pid\": 1, \"tid\": ").append(t.tid)
                    .append(", \"args\": {\"dropped_events\": ").append(e.dropped).append("}}");
        }
    }

    private void span(StringBuilder sb, int tid, State s, long from, long to, String detail) {
        String name = s.spanName != null ? s.spanName : detail;
        sb.append(",\n{\"ph\": \"X\", \"name\": ").append(Json.quote(name)).append(", \"cat\": \"").append(s.category)
                .append("\", \"ts\": ").append(since(from)).append(", \"dur\": ").append(micros(to - from))
                .append(", \"pid\": 1, \"tid\": ").append(tid);
        detailArgs(sb, s.spanName != null ? detail : null);
        sb.append('}');
    }

    private synchronized void writeGlobal(StringBuilder sb) {
        for (int i = 0; i < global.size(); i++) {
            sb.append(",\n{\"ph\": \"i\", \"s\": \"p\", \"name\": \"").append(GLOBAL_NAMES[global.code(i)])
                    .append("\", \"ts\": ").append(since(global.time(i))).append(", \"pid\": 1");
            detailArgs(sb, global.detail(i));
            sb.append('}');
        }
    }

    private void writeWaiters(StringBuilder sb) {
        int n = waiters.size();
        for (int i = 0; i < n; i++) {
            sb.append(",\n{\"ph\": \"C\", \"name\": \"GIL waiters\", \"ts\": ").append(since(waiters.time(i)))
                    .append(", \"pid\": 1, \"args\": {\"waiting\": ").append(waiters.code(i)).append("}}");
        }
    }

    private static void detailArgs(StringBuilder sb, String detail) {
        if (detail != null) {
            sb.append(", \"args\": {\"detail\": ").append(Json.quote(detail)).append('}');
        }
    }

    /** A time stamp: microseconds since the trace began. */
    private String since(long nanoTime) {
        return micros(Math.max(0, nanoTime - origin));
    }

    /** Microseconds with three decimals, as a JSON number. */
    static String micros(long nanos) {
        long frac = nanos % 1000;
        return nanos / 1000 + "." + (frac < 10 ? "00" : frac < 100 ? "0" : "") + frac;
    }
}
