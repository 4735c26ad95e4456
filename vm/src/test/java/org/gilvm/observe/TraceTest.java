package org.gilvm.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gilvm.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --trace}: the file is Chrome's Trace Event Format, which Perfetto and chrome://tracing
 * open. The checks are the format's rules (required fields per phase, every thread named, spans
 * on a track nested or disjoint) and what must always be in a run of this shape.
 */
class TraceTest {
    @TempDir
    Path dir;

    /**
     * Two threads that compute (so, with the GIL on, each waits for the other and asks it to drop
     * the GIL), one that sleeps and one that waits on a queue; the main thread joins them all.
     */
    private static final String THREADS = """
            import queue
            import threading
            import time

            def spin():
                n = 0
                for i in range(300000):
                    n += i

            def nap():
                time.sleep(0.5)  # longer than the main thread takes to reach its joins

            q = queue.Queue()
            def consume():
                q.get()

            ts = [threading.Thread(target=spin, name="spin-1"), threading.Thread(target=spin, name="spin-2"),
                  threading.Thread(target=nap, name="nap"), threading.Thread(target=consume, name="consume")]
            for t in ts:
                t.start()
            time.sleep(0.2)  # for consume to reach q.get() and block first
            q.put(1)
            for t in ts:
                t.join()
            print("done")
            """;

    private JsonObject trace(String gil) throws IOException {
        Path script = dir.resolve("threads.py");
        Files.writeString(script, THREADS);
        Path file = dir.resolve("trace.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new String[] {script.toString(), "--gil=" + gil, "--trace=" + file}, out, err);
        assertEquals(0, status, err.toString());
        assertEquals("done\n", out.toString());
        return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
    }

    @Test
    void aTraceOfThreadsUnderTheGilFollowsTheFormatAndShowsTheHandOffs() throws IOException {
        JsonObject trace = trace("on");
        List<JsonObject> events = checkFormat(trace);
        Map<String, Set<String>> spansByThread = spanNamesByThread(events);
        assertEquals(Set.of("MainThread", "spin-1", "spin-2", "nap", "consume"), spansByThread.keySet(),
                "one track per thread, each named");
        for (String spinner : List.of("spin-1", "spin-2")) {
            assertTrue(spansByThread.get(spinner).containsAll(Set.of("running (holds GIL)", "waiting for GIL")),
                    spinner + ": " + spansByThread.get(spinner));
        }
        assertTrue(spansByThread.get("nap").contains("blocked: sleep"), spansByThread.get("nap").toString());
        assertTrue(spansByThread.get("consume").contains("blocked: queue"), spansByThread.get("consume").toString());
        assertTrue(spansByThread.get("MainThread").contains("blocked: join"), spansByThread.get("MainThread").toString());
        // Each spinner runs for longer than a switch interval while the other waits, so the waiter
        // asks for the GIL at least once, and the holder drops it on request.
        assertTrue(count(events, "i", "drop request") >= 1, "no drop request");
        assertTrue(count(events, "i", "forced switch") >= 1, "no forced switch");
        assertTrue(count(events, "C", "GIL waiters") >= 1, "no GIL-waiters counter");
        assertFalse(spansByThread.values().stream().anyMatch(s -> s.contains("running (GIL off)")));
    }

    @Test
    void withoutTheGilThreadsRunWithoutWaitingForIt() throws IOException {
        List<JsonObject> events = checkFormat(trace("off"));
        Map<String, Set<String>> spansByThread = spanNamesByThread(events);
        for (String spinner : List.of("spin-1", "spin-2")) {
            assertEquals(Set.of("running (GIL off)"), spansByThread.get(spinner), spinner);
        }
        assertEquals(0, count(events, "i", "drop request"));
        assertEquals(0, count(events, "C", "GIL waiters"));
    }

    @Test
    void auditsAreMarkedOnTheTimeline() throws IOException {
        Path script = dir.resolve("one.py");
        Files.writeString(script, "x = [1, 2]\nprint(len(x))\n");
        Path file = dir.resolve("one.json");
        int status = Main.run(new String[] {script.toString(), "--audit", "--trace=" + file},
                new StringWriter(), new StringWriter());
        assertEquals(0, status);
        List<JsonObject> events = checkFormat(JsonParser.parseString(Files.readString(file)).getAsJsonObject());
        JsonObject audit = events.stream().filter(e -> e.get("name").getAsString().equals("audit")).findFirst()
                .orElseThrow(() -> new AssertionError("no audit event"));
        assertEquals("p", audit.get("s").getAsString());
        assertTrue(audit.getAsJsonObject("args").get("detail").getAsString().contains("every count exact"));
        assertEquals(0, count(events, "i", "corruption detected"));
    }

    @Test
    void asyncioTaskStepsHaveALaneOfTheirOwnAndToThreadWorkersTheirs() throws IOException {
        Path script = dir.resolve("tasks.py");
        Files.writeString(script, """
                import asyncio, time

                async def nap(n):
                    for i in range(n):
                        await asyncio.sleep(0.001)

                async def main():
                    await asyncio.gather(nap(2), nap(3), asyncio.to_thread(time.sleep, 0.01))
                    print("done")

                asyncio.run(main())
                """);
        Path file = dir.resolve("tasks.json");
        StringWriter err = new StringWriter();
        int status = Main.run(new String[] {script.toString(), "--trace=" + file}, new StringWriter(), err);
        assertEquals(0, status, err.toString());
        List<JsonObject> events = checkFormat(JsonParser.parseString(Files.readString(file)).getAsJsonObject());
        Map<String, Set<String>> spans = spanNamesByThread(events);
        Set<String> steps = spans.get("MainThread: asyncio tasks");
        assertNotNull(steps, "no task lane: " + spans.keySet());
        // Task-1 is main(); gather wraps the two coroutines in Task-2 and Task-3.
        assertTrue(steps.stream().anyMatch(n -> n.startsWith("Task-1")), steps.toString());
        assertTrue(steps.stream().anyMatch(n -> n.startsWith("Task-3")), steps.toString());
        assertTrue(spans.keySet().stream().anyMatch(n -> !n.startsWith("MainThread")), "no lane for to_thread's worker");
    }

    // ------------------------------------------------------------------ the format's rules

    private static final Set<String> CATEGORIES = Set.of("running", "waiting", "blocked", "parked", "task");

    /** Checks every rule of the format this trace relies on; returns the events. */
    private static List<JsonObject> checkFormat(JsonObject trace) {
        assertEquals("ms", trace.get("displayTimeUnit").getAsString());
        JsonArray array = trace.getAsJsonArray("traceEvents");
        assertNotNull(array);
        List<JsonObject> events = new ArrayList<>();
        Map<Integer, String> threadNames = new HashMap<>();
        boolean processNamed = false;
        for (JsonElement element : array) {
            JsonObject e = element.getAsJsonObject();
            events.add(e);
            String ph = string(e, "ph");
            string(e, "name");
            assertEquals(1, e.get("pid").getAsInt(), e.toString());
            switch (ph) {
                case "M" -> {
                    assertNotNull(e.getAsJsonObject("args"), e.toString());
                    if (e.get("name").getAsString().equals("thread_name")) {
                        threadNames.put(e.get("tid").getAsInt(), e.getAsJsonObject("args").get("name").getAsString());
                    } else if (e.get("name").getAsString().equals("process_name")) {
                        processNamed = true;
                    }
                }
                case "X" -> {
                    number(e, "ts");
                    assertTrue(number(e, "dur") >= 0, e.toString());
                    number(e, "tid");
                    assertTrue(CATEGORIES.contains(string(e, "cat")), e.toString());
                }
                case "i" -> {
                    number(e, "ts");
                    String scope = string(e, "s");
                    assertTrue(Set.of("t", "p", "g").contains(scope), e.toString());
                    if (scope.equals("t")) {
                        number(e, "tid");
                    }
                }
                case "C" -> {
                    number(e, "ts");
                    for (Map.Entry<String, JsonElement> value : e.getAsJsonObject("args").entrySet()) {
                        assertTrue(value.getValue().getAsJsonPrimitive().isNumber(), e.toString());
                    }
                }
                default -> fail("unexpected phase " + ph + " in " + e);
            }
        }
        assertTrue(processNamed, "no process_name");
        for (JsonObject e : events) {
            if (e.has("tid")) {
                assertTrue(threadNames.containsKey(e.get("tid").getAsInt()), "a tid without a thread_name: " + e);
            }
        }
        checkSpansNestOrAreDisjoint(events);
        return events;
    }

    /** On one track, a span starts after the one before it ends, or ends inside it. */
    private static void checkSpansNestOrAreDisjoint(List<JsonObject> events) {
        Map<Integer, List<JsonObject>> byTrack = new HashMap<>();
        for (JsonObject e : events) {
            if (e.get("ph").getAsString().equals("X")) {
                byTrack.computeIfAbsent(e.get("tid").getAsInt(), k -> new ArrayList<>()).add(e);
            }
        }
        // Three decimals of a microsecond are written; sums of rounded numbers may be off by that.
        double slack = 0.002;
        for (List<JsonObject> spans : byTrack.values()) {
            spans.sort(Comparator.comparingDouble((JsonObject e) -> e.get("ts").getAsDouble())
                    .thenComparing(e -> -e.get("dur").getAsDouble()));
            Deque<double[]> open = new ArrayDeque<>();
            for (JsonObject s : spans) {
                double start = s.get("ts").getAsDouble();
                double end = start + s.get("dur").getAsDouble();
                while (!open.isEmpty() && open.peek()[1] <= start + slack) {
                    open.pop();
                }
                if (!open.isEmpty() && end > open.peek()[1] + slack) {
                    fail("span overlaps its neighbour without nesting: " + s);
                }
                open.push(new double[] {start, end});
            }
        }
    }

    private static Map<String, Set<String>> spanNamesByThread(List<JsonObject> events) {
        Map<Integer, String> names = new HashMap<>();
        for (JsonObject e : events) {
            if (e.get("ph").getAsString().equals("M") && e.get("name").getAsString().equals("thread_name")) {
                names.put(e.get("tid").getAsInt(), e.getAsJsonObject("args").get("name").getAsString());
            }
        }
        Map<String, Set<String>> spans = new HashMap<>();
        for (JsonObject e : events) {
            if (e.get("ph").getAsString().equals("X")) {
                spans.computeIfAbsent(names.get(e.get("tid").getAsInt()), k -> new HashSet<>())
                        .add(e.get("name").getAsString());
            }
        }
        return spans;
    }

    private static long count(List<JsonObject> events, String ph, String name) {
        return events.stream()
                .filter(e -> e.get("ph").getAsString().equals(ph) && e.get("name").getAsString().equals(name)).count();
    }

    private static String string(JsonObject e, String field) {
        JsonElement v = e.get(field);
        assertTrue(v != null && v.isJsonPrimitive() && v.getAsJsonPrimitive().isString(), field + " missing in " + e);
        return v.getAsString();
    }

    private static double number(JsonObject e, String field) {
        JsonElement v = e.get(field);
        assertTrue(v != null && v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber(), field + " missing in " + e);
        return v.getAsDouble();
    }
}
