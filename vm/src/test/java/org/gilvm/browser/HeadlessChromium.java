package org.gilvm.browser;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the DevTools protocol, for testing gilvm's pages as a browser
 * shows them: the HTML report opened from disk, the live page from its server. The protocol, not {@code --dump-dom} and the browser's log: the log writes
 * {@code console.error} at the same level as {@code console.log} and says nothing of a blocked
 * fetch, while the protocol reports uncaught exceptions, console errors, the browser's own errors
 * (a fetch the page's policy refused, a missing file) and every request the page makes.
 *
 * <p>Every wait has a deadline and {@link #close} kills the browser and its children, so a hung
 * browser fails a test in seconds and never hangs a build.
 */
public final class HeadlessChromium implements AutoCloseable {
    static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(100);
    static final int WIDTH = 1400;
    static final int HEIGHT = 900;

    /** Finds the browser: {@code GILVM_BROWSER}, else chromium, chromium-browser or google-chrome on PATH. */
    public static Optional<Path> find() {
        String chosen = System.getenv("GILVM_BROWSER");
        if (chosen != null && !chosen.isBlank()) {
            return onPath(chosen);
        }
        return Stream.of("chromium", "chromium-browser", "google-chrome")
                .map(HeadlessChromium::onPath).flatMap(Optional::stream).findFirst();
    }

    private static Optional<Path> onPath(String name) {
        if (name.contains("/")) {
            return Optional.of(Path.of(name)).filter(Files::isExecutable);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator)).filter(d -> !d.isEmpty())
                .map(d -> Path.of(d, name)).filter(Files::isExecutable).findFirst();
    }

    private final Process process;
    private final Path profile;
    private final List<String> stderrTail = new CopyOnWriteArrayList<>();
    private final WebSocket socket;
    private final AtomicInteger nextId = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> replies = new ConcurrentHashMap<>();
    private final List<JsonObject> events = new CopyOnWriteArrayList<>();
    private String session;

    public HeadlessChromium(Path browser) throws IOException, InterruptedException {
        profile = Files.createTempDirectory("gilvm-chromium");
        // As root in a container: no sandbox. The rest keep a browser on a closed network from
        // reaching out (update checks, sync), which would only make noise and delays.
        process = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--remote-debugging-port=0", "--user-data-dir=" + profile,
                "--window-size=" + WIDTH + "," + HEIGHT, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(debuggerAddress()), new Listener()).get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            close();
            throw e;
        } catch (ExecutionException | TimeoutException | IOException | RuntimeException e) {
            close();
            throw new IOException("could not reach the browser's DevTools: " + e + "; its stderr: " + stderrTail, e);
        }
    }

    /** The browser prints its DevTools address on stderr; the rest of stderr is kept for messages. */
    private String debuggerAddress() throws IOException, InterruptedException {
        CompletableFuture<String> address = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            Pattern p = Pattern.compile("DevTools listening on (ws://\\S+)");
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    Matcher m = p.matcher(line);
                    if (m.find()) {
                        address.complete(m.group(1));
                    }
                    stderrTail.add(line);
                    if (stderrTail.size() > 40) {
                        stderrTail.remove(0);
                    }
                }
            } catch (IOException e) {
                // the browser is gone; the address, if never seen, times out below
            }
            address.completeExceptionally(new IOException("the browser exited without a DevTools address"));
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            return address.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("no DevTools address from the browser", e);
        }
    }

    /** Opens a page in a new tab at the window's size, and waits until it has loaded and drawn a frame. */
    public void open(URI page) throws IOException {
        JsonObject target = send(null, "Target.createTarget", params("url", "about:blank"));
        session = send(null, "Target.attachToTarget", params("targetId", target.get("targetId").getAsString(),
                "flatten", true)).get("sessionId").getAsString();
        for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
            send(domain + ".enable", params());
        }
        send("Emulation.setDeviceMetricsOverride", params("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1,
                "mobile", false));
        events.clear();
        send("Page.navigate", params("url", page.toString()));
        awaitEvent("Page.loadEventFired");
        nextFrame();
    }

    /**
     * Everything the browser reported as wrong since the page was opened: uncaught exceptions,
     * {@code console.error} and {@code console.assert} calls, and the browser's own errors (a
     * request refused by the page's content security policy, a file that is not there).
     */
    public List<String> problems() {
        List<String> found = new ArrayList<>();
        for (JsonObject e : events) {
            JsonObject p = e.getAsJsonObject("params");
            switch (e.get("method").getAsString()) {
                case "Runtime.exceptionThrown" -> found.add("uncaught: " + describe(p.getAsJsonObject("exceptionDetails")));
                case "Runtime.consoleAPICalled" -> {
                    String type = p.get("type").getAsString();
                    if (type.equals("error") || type.equals("assert")) {
                        found.add("console." + type + ": " + p.get("args"));
                    }
                }
                case "Log.entryAdded" -> {
                    JsonObject entry = p.getAsJsonObject("entry");
                    if (entry.get("level").getAsString().equals("error")) {
                        found.add("browser: " + entry.get("text").getAsString()
                                + (entry.has("url") ? " (" + entry.get("url").getAsString() + ")" : ""));
                    }
                }
                default -> { }
            }
        }
        return found;
    }

    private static String describe(JsonObject details) {
        JsonObject exception = details.getAsJsonObject("exception");
        return exception != null && exception.has("description") ? exception.get("description").getAsString()
                : details.get("text").getAsString();
    }

    /** Every address the page asked for since it was opened, the page's own included. */
    public List<String> requests() {
        return events.stream().filter(e -> e.get("method").getAsString().equals("Network.requestWillBeSent"))
                .map(e -> e.getAsJsonObject("params").getAsJsonObject("request").get("url").getAsString()).toList();
    }

    /** The value of a JavaScript expression in the page; a promise is awaited. */
    public JsonElement evaluate(String expression) throws IOException {
        JsonObject result = send("Runtime.evaluate", params("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IOException("evaluating " + expression + ": " + describe(result.getAsJsonObject("exceptionDetails")));
        }
        JsonElement value = result.getAsJsonObject("result").get("value");
        return value == null ? com.google.gson.JsonNull.INSTANCE : value;
    }

    /** Waits for the page to draw what the last input asked for (the report redraws at the next frame). */
    public void nextFrame() throws IOException {
        evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))");
    }

    public void moveMouse(double x, double y) throws IOException {
        send("Input.dispatchMouseEvent", params("type", "mouseMoved", "x", x, "y", y));
        nextFrame();
    }

    public void wheel(double x, double y, double deltaY) throws IOException {
        send("Input.dispatchMouseEvent", params("type", "mouseWheel", "x", x, "y", y, "deltaX", 0, "deltaY", deltaY));
        nextFrame();
    }

    /**
     * Clicks the middle of the element {@code selector} finds, as a mouse does: whatever is drawn on
     * top there gets the click, so a button hidden or covered fails the test.
     */
    public void click(String selector) throws IOException {
        JsonElement center = evaluate("(e => { if (!e) return null; e.scrollIntoView({block: 'center'});"
                + " const r = e.getBoundingClientRect();"
                + " return r.width > 0 && r.height > 0 ? [r.x + r.width / 2, r.y + r.height / 2] : null; })"
                + "(document.querySelector(" + new JsonPrimitive(selector) + "))");
        if (!center.isJsonArray()) {
            throw new IOException("nothing visible to click at " + selector);
        }
        double x = center.getAsJsonArray().get(0).getAsDouble();
        double y = center.getAsJsonArray().get(1).getAsDouble();
        send("Input.dispatchMouseEvent", params("type", "mouseMoved", "x", x, "y", y));
        send("Input.dispatchMouseEvent", params("type", "mousePressed", "x", x, "y", y, "button", "left", "clickCount", 1));
        send("Input.dispatchMouseEvent", params("type", "mouseReleased", "x", x, "y", y, "button", "left", "clickCount", 1));
    }

    /**
     * Polls a JavaScript condition until it is truthy, and returns how long that took; after
     * {@code timeout} fails with {@code what}, the condition and the page's problems.
     */
    public Duration waitFor(String condition, Duration timeout, String what) throws IOException, InterruptedException {
        long start = System.nanoTime();
        while (!evaluate("!!(" + condition + ")").getAsBoolean()) {
            if (System.nanoTime() - start > timeout.toNanos()) {
                throw new AssertionError(what + ": not within " + timeout.toSeconds() + " s (" + condition + ")"
                        + (problems().isEmpty() ? "" : "; the page's problems: " + problems()));
            }
            Thread.sleep(POLL.toMillis());
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Presses and releases a key, by its DOM name ("+", "0", "ArrowRight"). */
    public void press(String key) throws IOException {
        boolean printable = key.length() == 1;
        JsonObject down = params("type", printable ? "keyDown" : "rawKeyDown", "key", key);
        if (printable) {
            down.addProperty("text", key);
        }
        send("Input.dispatchKeyEvent", down);
        send("Input.dispatchKeyEvent", params("type", "keyUp", "key", key));
        nextFrame();
    }

    public void screenshot(Path png) throws IOException {
        String data = send("Page.captureScreenshot", params("format", "png")).get("data").getAsString();
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, Base64.getDecoder().decode(data));
    }

    private void awaitEvent(String method) throws IOException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (events.stream().noneMatch(e -> e.get("method").getAsString().equals(method))) {
            if (System.nanoTime() > deadline) {
                throw new IOException("no " + method + " from the browser within " + DEADLINE.toSeconds() + " s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted waiting for " + method, e);
            }
        }
    }

    private static JsonObject params(Object... namesAndValues) {
        JsonObject o = new JsonObject();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            Object v = namesAndValues[i + 1];
            if (v instanceof Number n) {
                o.addProperty(name, n);
            } else if (v instanceof Boolean b) {
                o.addProperty(name, b);
            } else {
                o.addProperty(name, (String) v);
            }
        }
        return o;
    }

    private JsonObject send(String method, JsonObject params) throws IOException {
        return send(session, method, params);
    }

    /** Sends one command and waits for its reply's result; a protocol error is an IOException. */
    private JsonObject send(String sessionId, String method, JsonObject params) throws IOException {
        int id = nextId.incrementAndGet();
        CompletableFuture<JsonObject> reply = new CompletableFuture<>();
        replies.put(id, reply);
        JsonObject message = params("method", method);
        message.addProperty("id", id);
        if (sessionId != null) {
            message.addProperty("sessionId", sessionId);
        }
        message.add("params", params);
        socket.sendText(message.toString(), true);
        JsonObject answer = await(reply, method);
        if (answer.has("error")) {
            throw new IOException(method + ": " + answer.get("error"));
        }
        return answer.getAsJsonObject("result");
    }

    private <T> T await(CompletableFuture<T> future, String what) throws IOException {
        try {
            return future.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted waiting for " + what, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("no answer from the browser to " + what + " within " + DEADLINE.toSeconds()
                    + " s; its stderr: " + stderrTail, e);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is not worth failing a test for
        }
    }

    /** Collects a message's fragments, then routes it: a reply to its waiter, an event to the list. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonObject message = JsonParser.parseString(partial.toString()).getAsJsonObject();
                partial.setLength(0);
                if (message.has("id")) {
                    CompletableFuture<JsonObject> reply = replies.remove(message.get("id").getAsInt());
                    if (reply != null) {
                        reply.complete(message);
                    }
                } else {
                    events.add(message);
                }
            }
            ws.request(1);
            return null;
        }
    }
}
