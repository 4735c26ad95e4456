package org.gilvm.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gilvm.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --report}: the data the page draws from, as the template's contract names it. */
class ReportDataTest {
    @TempDir
    Path dir;

    private static final String START = "<script id=\"gilvm-data\" type=\"application/json\">";

    @Test
    void theReportCarriesTheRunsDataAndNoTextCanEndItsScriptEarly() throws IOException {
        Path script = dir.resolve("named.py");
        Files.writeString(script, """
                import threading
                t = threading.Thread(target=print, args=("hi",), name="</script><b>")
                t.start()
                t.join()
                """);
        Path report = dir.resolve("r.html");
        StringWriter err = new StringWriter();
        int status = Main.run(new String[] {script.toString(), "--audit", "--report=" + report}, new StringWriter(), err);
        assertEquals(0, status, err.toString());
        String html = Files.readString(report);
        int from = html.indexOf(START) + START.length();
        int to = html.indexOf("</script>", from);
        JsonObject data = JsonParser.parseString(html.substring(from, to)).getAsJsonObject();

        assertEquals(script.toString(), data.get("title").getAsString());
        assertEquals("gilvm " + script + " --audit --report=" + report, data.get("command").getAsString());
        JsonObject settings = data.getAsJsonObject("settings");
        assertEquals("on", settings.get("gil").getAsString());
        assertEquals(5000, settings.get("switch_interval_us").getAsInt());
        assertEquals("backedge", settings.get("switch_at").getAsString());
        assertEquals("plain", settings.get("refcount").getAsString());
        assertEquals(0, data.getAsJsonObject("stats").get("exit_status").getAsInt());
        assertEquals("</script><b>", data.getAsJsonObject("stats").getAsJsonObject("gil").getAsJsonArray("threads")
                .get(1).getAsJsonObject().get("name").getAsString());
        assertEquals("at exit", data.getAsJsonArray("audits").get(0).getAsJsonObject().get("when").getAsString());
        assertTrue(data.getAsJsonObject("trace").getAsJsonArray("traceEvents").size() > 0);
    }
}
