package org.gilvm.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.gilvm.browser.HeadlessChromium;
import org.gilvm.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report ({@code --report}) as a browser shows it: headless Chromium opens the file from
 * disk, and the page must draw one lane per thread, report no error, fetch nothing, and answer the
 * mouse and the keyboard. The screenshots stay in {@code vm/target/} as the build's artifacts.
 * Without a browser on the machine (a user's {@code mvn verify}) the tests are skipped, not failed;
 * {@code .ci/run} installs one.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ReportBrowserTest {
    static final Path SCREENSHOT = Path.of("target", "report-screenshot.png");
    static final Path FIXTURE_SCREENSHOT = Path.of("target", "report-fixture-screenshot.png");

    private static final String NO_BROWSER = "no chromium on PATH: skipping the browser test of the HTML report";
    private static final Optional<Path> BROWSER = HeadlessChromium.find();

    static {
        if (BROWSER.isEmpty()) {
            System.err.println("ReportBrowserTest: " + NO_BROWSER + " (set GILVM_BROWSER, or install chromium)");
        }
    }

    @TempDir
    Path dir;

    private HeadlessChromium browser;

    /** Per test, not per class: Surefire counts and names a test skipped here, and drops a class skipped whole. */
    @BeforeEach
    void startBrowser() throws IOException, InterruptedException {
        assumeTrue(BROWSER.isPresent(), NO_BROWSER);
        browser = new HeadlessChromium(BROWSER.get());
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aRealTwoThreadRunHasOneLanePerThreadAndAnswersTheMouseAndKeys() throws IOException {
        Path script = dir.resolve("two_threads.py");
        Files.writeString(script, """
                import threading

                def countdown(n):
                    while n > 0:
                        n -= 1

                threads = [threading.Thread(target=countdown, args=(1_000_000,)) for i in range(2)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                """);
        Path report = dir.resolve("report.html");
        StringWriter err = new StringWriter();
        int status = Main.run(new String[] {script.toString(), "--audit", "--report=" + report}, new StringWriter(), err);
        assertEquals(0, status, err.toString());

        browser.open(report.toUri());
        assertDrawnWithoutProblems(report);
        assertEquals(List.of("MainThread", "Thread-1 (countdown)", "Thread-2 (countdown)"), lanes());
        browser.screenshot(SCREENSHOT);

        // Zoom in on Thread-1's longest span with the wheel, hover it: the tooltip names it.
        JsonObject span = longestSpan(data(report), 2);
        double middle = span.get("ts").getAsDouble() + span.get("dur").getAsDouble() / 2;
        String fullView = view();
        double[] at = pointAt(2, middle);
        browser.wheel(at[0], at[1], -1000);
        assertNotEquals(fullView, view(), "the wheel zooms");
        at = pointAt(2, middle);
        browser.moveMouse(at[0], at[1]);
        String tip = tooltip();
        assertTrue(tip.contains(span.get("name").getAsString()) && tip.contains("Thread-1 (countdown)"), tip);

        // The keys: pan right, reset to the whole run, zoom in.
        String zoomed = view();
        browser.press("ArrowRight");
        assertNotEquals(zoomed, view(), "the right arrow pans");
        browser.press("0");
        assertEquals(fullView, view(), "0 shows the whole run again");
        browser.press("+");
        assertNotEquals(fullView, view(), "+ zooms in");
        assertDrawnWithoutProblems(report);
    }

    /** The fixture has what a short real run rarely has: a GIL toggle, a safepoint, a use-after-free. */
    @Test
    void theFixtureShowsItsThreadsMarksAndFindings() throws IOException {
        String json = resource("report-fixture.json");
        Path report = dir.resolve("fixture.html");
        Files.writeString(report, fill(resource("report.html"), json));

        browser.open(report.toUri());
        assertDrawnWithoutProblems(report);
        assertEquals(List.of("MainThread", "Thread-1 (countdown)", "Thread-2 (countdown)"), lanes());
        assertEquals(3, browser.evaluate("document.querySelectorAll('#threads tr').length - 1").getAsInt(),
                "a table row per thread");
        assertEquals(4, browser.evaluate("document.querySelectorAll('#refcount td.finding').length").getAsInt(),
                "the four non-zero findings are highlighted");
        browser.screenshot(FIXTURE_SCREENSHOT);

        JsonObject useAfterFree = JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("trace")
                .getAsJsonArray("traceEvents").asList().stream().map(JsonElement::getAsJsonObject)
                .filter(e -> e.get("name").getAsString().equals("use-after-free")).findFirst().orElseThrow();
        double[] at = pointAt(useAfterFree.get("tid").getAsInt(), useAfterFree.get("ts").getAsDouble());
        browser.moveMouse(at[0], at[1]);
        String tip = tooltip();
        assertTrue(tip.contains("use-after-free") && tip.contains("incref of a freed int"), tip);
        assertDrawnWithoutProblems(report);
    }

    /** The checks above can fail: each way a page can go wrong is caught. */
    @Test
    void aBrokenReportIsCaught() throws IOException {
        String template = resource("report.html");

        Path badData = dir.resolve("bad-data.html");
        Files.writeString(badData, fill(template, "{\"trace\": {\"traceEvents\": 5}}"));
        browser.open(badData.toUri());
        String rendered = browser.evaluate("document.body.dataset.rendered").getAsString();
        assertTrue(rendered.startsWith("error: "), "the page reports data it cannot draw: " + rendered);

        Path fromCdn = dir.resolve("from-cdn.html");
        Files.writeString(fromCdn, fill(template, resource("report-fixture.json"))
                .replace("</head>", "<link rel=\"stylesheet\" href=\"https://cdn.example.com/chart.css\"></head>"));
        browser.open(fromCdn.toUri());
        assertTrue(browser.problems().stream().anyMatch(p -> p.contains("cdn.example.com")),
                "a fetch is refused and reported: " + browser.problems());

        Path throwing = dir.resolve("throwing.html");
        Files.writeString(throwing, fill(template, resource("report-fixture.json"))
                .replace("</body>", "<script>null.lanes;</script></body>"));
        browser.open(throwing.toUri());
        assertTrue(browser.problems().stream().anyMatch(p -> p.startsWith("uncaught: ")),
                "an exception is reported: " + browser.problems());
    }

    // ---- helpers --------------------------------------------------------------------------------

    private void assertDrawnWithoutProblems(Path report) throws IOException {
        assertEquals("ok", browser.evaluate("document.body.dataset.rendered").getAsString());
        assertEquals(List.of(), browser.problems(), "console errors");
        assertEquals(List.of(report.toUri().toString()), browser.requests(), "the report fetches nothing");
    }

    /** The lanes' names, from the DOM: the page keeps one labelled element per lane. */
    private List<String> lanes() throws IOException {
        JsonElement names = browser.evaluate("Array.from(document.querySelectorAll('[data-lane]'), e => e.dataset.lane)");
        List<String> out = new ArrayList<>();
        names.getAsJsonArray().forEach(n -> out.add(n.getAsString()));
        assertEquals(out.size(), browser.evaluate("Number(document.getElementById('lanes').dataset.lanes)").getAsInt());
        return out;
    }

    private String view() throws IOException {
        return browser.evaluate("document.getElementById('plot').dataset.view").getAsString();
    }

    private String tooltip() throws IOException {
        return browser.evaluate("(t => t.hidden ? 'no tooltip' : t.textContent)(document.getElementById('tooltip'))")
                .getAsString();
    }

    /** Where on the page time {@code ts} (in microseconds) is in a thread's lane: the middle of the row is on its bar. */
    private double[] pointAt(int tid, double ts) throws IOException {
        JsonElement xy = browser.evaluate("""
                (() => {
                  const c = document.getElementById('canvas').getBoundingClientRect();
                  const lane = document.querySelector('[data-tid="%d"]').getBoundingClientRect();
                  const [t0, t1] = document.getElementById('plot').dataset.view.split(',').map(Number);
                  return [c.left + (%f - t0) * c.width / (t1 - t0), lane.top + lane.height / 2];
                })()""".formatted(tid, ts));
        return new double[] {xy.getAsJsonArray().get(0).getAsDouble(), xy.getAsJsonArray().get(1).getAsDouble()};
    }

    private static JsonObject longestSpan(JsonObject data, int tid) {
        return data.getAsJsonObject("trace").getAsJsonArray("traceEvents").asList().stream()
                .map(JsonElement::getAsJsonObject)
                .filter(e -> e.get("ph").getAsString().equals("X") && e.get("tid").getAsInt() == tid)
                .max((a, b) -> Double.compare(a.get("dur").getAsDouble(), b.get("dur").getAsDouble())).orElseThrow();
    }

    /** The data object in a report, read back out of its script element. */
    private static JsonObject data(Path report) throws IOException {
        String start = "<script id=\"gilvm-data\" type=\"application/json\">";
        String html = Files.readString(report);
        int from = html.indexOf(start) + start.length();
        return JsonParser.parseString(html.substring(from, html.indexOf("</script>", from))).getAsJsonObject();
    }

    /** What Report.html does with a run's data, for data that comes from a file instead of a run. */
    private static String fill(String template, String json) {
        return template.replace("/*GILVM_DATA*/", json.replace("<", "\\u003c"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReportBrowserTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
