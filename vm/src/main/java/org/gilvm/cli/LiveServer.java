package org.gilvm.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gilvm.gil.SwitchAt;

/**
 * The live mode's web server, on 127.0.0.1 only (JDK's {@code com.sun.net.httpserver}): the page,
 * its state as JSON, a stream of that state four times a second (server-sent events), and the
 * lecturer's switches.
 *
 * <pre>
 * GET  /                 the page (served from the jar; it fetches nothing else from anywhere)
 * GET  /api/state        the state (LiveSession#stateJson)
 * GET  /api/events       the state again every 250 ms, as server-sent events
 * POST /api/gil          {"enabled": false}
 * POST /api/interval     {"us": 5000}           (1 us .. 1 s)
 * POST /api/switch-at    {"at": "instruction"}  (or "backedge")
 * </pre>
 * A switch answers with the new state. Anything else gets a 4xx and a JSON {@code {"error": ...}};
 * no request can stop the server or the runs.
 */
final class LiveServer {
    static final long PUSH_MILLIS = 250;
    private static final int MAX_BODY = 4096;
    private static final long MAX_INTERVAL_US = 1_000_000;
    private static final String PAGE = "live.html";

    private final LiveSession session;
    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool(daemon("gilvm-live-http"));
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(daemon("gilvm-live-sample"));
    private volatile boolean running = true;

    /** Binds 127.0.0.1:{@code port} (0: any free port); throws if the port is taken. */
    LiveServer(LiveSession session, int port) throws IOException {
        this.session = session;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        server.createContext("/", this::handle);
        server.setExecutor(handlers);
    }

    void start() {
        server.start();
        sampler.scheduleAtFixedRate(session::sample, PUSH_MILLIS, PUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        running = false;
        sampler.shutdownNow();
        server.stop(0);
        handlers.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            route(ex);
        } catch (IOException gone) {
            // the browser went away mid-answer: nothing to tell it
        } catch (RuntimeException bug) {
            send(ex, 500, "application/json", error("internal error: " + bug));
        }
    }

    private void route(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        switch (path) {
            case "/", "/index.html" -> {
                if (allowed(ex, method, "GET")) {
                    send(ex, 200, "text/html; charset=utf-8", page());
                }
            }
            case "/api/state" -> {
                if (allowed(ex, method, "GET")) {
                    send(ex, 200, "application/json", session.stateJson());
                }
            }
            case "/api/events" -> {
                if (allowed(ex, method, "GET")) {
                    stream(ex);
                }
            }
            case "/api/gil", "/api/interval", "/api/switch-at" -> {
                if (allowed(ex, method, "POST")) {
                    change(ex, path);
                }
            }
            default -> send(ex, 404, "application/json", error("no such page: " + path));
        }
    }

    private boolean allowed(HttpExchange ex, String method, String expected) throws IOException {
        if (method.equals(expected)) {
            return true;
        }
        ex.getResponseHeaders().set("Allow", expected);
        send(ex, 405, "application/json", error(method + " is not allowed here; use " + expected));
        return false;
    }

    /** A switch: validates the body, applies it (at a safepoint of the running program), answers the state. */
    private void change(HttpExchange ex, String path) throws IOException {
        Map<String, Object> body;
        try {
            body = FlatJson.parse(readBody(ex));
            switch (path) {
                case "/api/gil" -> session.setGil(field(body, "enabled", Boolean.class));
                case "/api/interval" -> session.setInterval(interval(field(body, "us", Long.class)) * 1000);
                default -> session.setSwitchAt(switchAt(field(body, "at", String.class)));
            }
        } catch (IllegalArgumentException bad) {
            send(ex, 400, "application/json", error(bad.getMessage()));
            return;
        }
        send(ex, 200, "application/json", session.stateJson());
    }

    private static <T> T field(Map<String, Object> body, String name, Class<T> type) {
        if (body.size() != 1 || !type.isInstance(body.get(name))) {
            String kind = type == Boolean.class ? "true or false" : type == Long.class ? "an integer" : "a string";
            throw new IllegalArgumentException("expected {\"" + name + "\": " + kind + "}");
        }
        return type.cast(body.get(name));
    }

    private static long interval(long us) {
        if (us < 1 || us > MAX_INTERVAL_US) {
            throw new IllegalArgumentException("the switch interval must be 1 to " + MAX_INTERVAL_US + " us");
        }
        return us;
    }

    private static SwitchAt switchAt(String at) {
        for (SwitchAt s : SwitchAt.values()) {
            if (s.name().equalsIgnoreCase(at)) {
                return s;
            }
        }
        throw new IllegalArgumentException("switch-at must be \"backedge\" or \"instruction\"");
    }

    private static String readBody(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw new IllegalArgumentException("the body is longer than " + MAX_BODY + " bytes");
            }
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Server-sent events: the state every PUSH_MILLIS until the page goes away or the server stops. */
    private void stream(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        while (running) {
            out.write(("data: " + session.stateJson() + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                Thread.sleep(PUSH_MILLIS);
            } catch (InterruptedException e) {
                return; // the server is stopping
            }
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String error(String message) {
        return "{\"error\": " + org.gilvm.observe.Json.quote(message) + "}";
    }

    private static String page() throws IOException {
        try (InputStream in = LiveServer.class.getResourceAsStream(PAGE)) {
            if (in == null) {
                throw new IllegalStateException("the live page " + PAGE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
