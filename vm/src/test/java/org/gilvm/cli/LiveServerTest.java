package org.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.gilvm.bytecode.Source;
import org.gilvm.gil.GilSettings;
import org.gilvm.gil.SwitchAt;
import org.gilvm.heap.RefCount;
import org.gilvm.observe.Outcomes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live mode through its JSON API, as the page drives it: the lecturer's scenario (GIL off,
 * corruption appears; GIL on, it stops), and every malformed request answered with a 4xx.
 */
class LiveServerTest {
    /** refcount_race.py, shorter: four threads take and drop references to one list. */
    private static final String RACE = """
            import sys, threading
            shared = [1, 2, 3]
            def worker():
                for i in range(60_000):
                    alias = shared
                    pair = [shared, shared]
            ts = [threading.Thread(target=worker) for i in range(4)]
            for t in ts:
                t.start()
            for t in ts:
                t.join()
            print("refcount of shared:", sys.getrefcount(shared))
            """;

    private LiveSession session;
    private LiveServer server;
    private Thread runs;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws IOException, Outcomes.BadAnnotation {
        session = new LiveSession(new Source("race.py", RACE), List.of("race.py"), RefCount.Mode.PLAIN,
                new GilSettings(true, GilSettings.DEFAULT_INTERVAL_NANOS, SwitchAt.BACKEDGE));
        server = new LiveServer(session, 0);
        server.start();
        runs = new Thread(() -> session.runForever(0, r -> { }), "live-runs");
        runs.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        session.stop();
        runs.join(60_000);
        server.stop();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private JsonObject state() throws IOException, InterruptedException {
        HttpResponse<String> r = get("/api/state");
        assertEquals(200, r.statusCode(), r.body());
        return JsonParser.parseString(r.body()).getAsJsonObject();
    }

    private static long corruption(JsonObject state) {
        JsonObject t = state.getAsJsonObject("totals");
        return t.get("overcounted").getAsLong() + t.get("undercounted").getAsLong()
                + t.get("freed_but_referenced").getAsLong() + t.get("leaked").getAsLong()
                + t.get("use_after_free").getAsLong() + t.get("crashed_runs").getAsLong();
    }

    private static int finished(JsonObject state) {
        return state.getAsJsonObject("runs").get("finished").getAsInt();
    }

    private JsonObject waitForRuns(int finished, long deadlineMillis) throws IOException, InterruptedException {
        long end = System.currentTimeMillis() + deadlineMillis;
        JsonObject s = state();
        while (finished(s) < finished && System.currentTimeMillis() < end) {
            Thread.sleep(100);
            s = state();
        }
        assertTrue(finished(s) >= finished, "runs did not finish in time: " + s);
        return s;
    }

    @Test
    void corruptionAppearsWhenTheGilGoesOffAndStopsWhenItComesBack() throws IOException, InterruptedException {
        JsonObject s = waitForRuns(2, 60_000);
        assertEquals(0, corruption(s), "with the GIL on every count is exact: " + s);

        s = JsonParser.parseString(post("/api/gil", "{\"enabled\": false}").body()).getAsJsonObject();
        assertFalse(s.getAsJsonObject("gil").get("enabled").getAsBoolean());
        // Four threads racing on one count lose updates in almost every run; wait for the first.
        long end = System.currentTimeMillis() + 60_000;
        while (corruption(s) == 0 && System.currentTimeMillis() < end) {
            Thread.sleep(100);
            s = state();
        }
        assertTrue(corruption(s) > 0, "no corruption in a minute without the GIL: " + s);

        s = JsonParser.parseString(post("/api/gil", "{\"enabled\": true}").body()).getAsJsonObject();
        assertTrue(s.getAsJsonObject("gil").get("enabled").getAsBoolean());
        // The run the switch caught may have been corrupted already; the runs after it may not.
        int caught = s.getAsJsonObject("runs").get("started").getAsInt();
        long before = corruption(waitForRuns(caught, 60_000));
        JsonObject after = waitForRuns(caught + 2, 60_000);
        assertEquals(before, corruption(after), "corruption went on with the GIL back on: " + after);
    }

    @Test
    void theStateListsEveryLiveThreadAndTheLastMinute() throws IOException, InterruptedException {
        JsonObject s = waitForRuns(1, 60_000);
        assertEquals("race.py", s.get("script").getAsString());
        assertEquals(5000, s.getAsJsonObject("gil").get("switch_interval_us").getAsInt());
        JsonObject history = s.getAsJsonObject("history");
        assertEquals(LiveSession.HISTORY_SECONDS, history.getAsJsonArray("corruption").size());
        assertEquals(LiveSession.HISTORY_SECONDS, history.getAsJsonArray("switches").size());
        assertEquals(LiveSession.HISTORY_SECONDS, history.getAsJsonArray("gil_on").size());
        assertTrue(s.get("last_run").getAsJsonObject().get("outcome").getAsString().startsWith("refcount of shared: "));
        for (var t : s.getAsJsonArray("threads")) {
            String category = t.getAsJsonObject().get("category").getAsString();
            assertTrue(List.of("running", "waiting", "blocked", "parked").contains(category), t.toString());
        }
    }

    @Test
    void theIntervalAndTheSwitchPointsChangeWhileTheProgramRuns() throws IOException, InterruptedException {
        JsonObject s = JsonParser.parseString(post("/api/interval", "{\"us\": 1000}").body()).getAsJsonObject();
        assertEquals(1000, s.getAsJsonObject("gil").get("switch_interval_us").getAsInt());
        s = JsonParser.parseString(post("/api/switch-at", "{\"at\": \"instruction\"}").body()).getAsJsonObject();
        assertEquals("instruction", s.getAsJsonObject("gil").get("switch_at").getAsString());
        JsonObject later = waitForRuns(finished(s) + 1, 60_000);
        assertEquals(0, corruption(later), "the GIL is on whatever the switch points: " + later);
    }

    @Test
    void badRequestsGetA4xxAndChangeNothing() throws IOException, InterruptedException {
        assertEquals(400, post("/api/gil", "{\"enabled\": 1}").statusCode());
        assertEquals(400, post("/api/gil", "not json").statusCode());
        assertEquals(400, post("/api/gil", "{\"enabled\": false, \"extra\": 1}").statusCode());
        assertEquals(400, post("/api/gil", "x".repeat(10_000)).statusCode());
        assertEquals(400, post("/api/interval", "{\"us\": 0}").statusCode());
        assertEquals(400, post("/api/interval", "{\"us\": 99999999999999999999}").statusCode());
        assertEquals(400, post("/api/switch-at", "{\"at\": \"sometimes\"}").statusCode());
        assertEquals(405, get("/api/gil").statusCode());
        assertEquals(405, post("/api/state", "{}").statusCode());
        assertEquals(404, get("/etc/passwd").statusCode());
        JsonObject s = state();
        assertTrue(s.getAsJsonObject("gil").get("enabled").getAsBoolean());
        assertEquals(5000, s.getAsJsonObject("gil").get("switch_interval_us").getAsInt());
    }

    @Test
    void thePageAndTheEventStreamAreServed() throws IOException, InterruptedException {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/api/events"), "the page does not listen to the event stream");
        HttpResponse<InputStream> events = http.send(HttpRequest.newBuilder(uri("/api/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals("text/event-stream; charset=utf-8", events.headers().firstValue("Content-Type").orElse(""));
        try (BufferedReader in = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8))) {
            for (int i = 0; i < 3; i++) {
                String line = in.readLine();
                assertTrue(line.startsWith("data: {\"script\": "), line);
                JsonParser.parseString(line.substring("data: ".length()));
                assertEquals("", in.readLine());
            }
        }
    }
}
