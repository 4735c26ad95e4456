package org.gilvm.observe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gilvm.heap.Audit;
import org.gilvm.heap.RefCount;

/**
 * The HTML report ({@code --report=FILE.html}): one self-contained page, the template
 * {@code report.html} with the run's data put in its one placeholder as JSON. The page draws the
 * timeline from the trace events, so the report and {@code --trace} show the same thing.
 */
public final class Report {
    private Report() { }

    private static final String TEMPLATE = "report.html";
    private static final String PLACEHOLDER = "/*GILVM_DATA*/";

    /** Everything the page shows about one run. */
    public record Run(String title, List<String> commandLine, Stats.GilReport gil, RefCount.Mode refcount,
                      String statsJson, List<Audit.Report> audits, String traceJson) { }

    public static String html(Run run) {
        String template = template();
        int at = template.indexOf(PLACEHOLDER);
        // A "<" in the data could end the script element early ("</script>"); JSON may spell it \u003c.
        String data = json(run).replace("<", "\\u003c");
        return template.substring(0, at) + data + template.substring(at + PLACEHOLDER.length());
    }

    /** The data object the page reads; its field names are the template's contract. */
    static String json(Run run) {
        StringBuilder sb = new StringBuilder(run.traceJson().length() + 4096);
        sb.append("{\"title\": ").append(Json.quote(run.title()));
        sb.append(",\n\"command\": ").append(Json.quote(String.join(" ", run.commandLine())));
        sb.append(",\n\"settings\": {\"gil\": \"").append(run.gil().enabled() ? "on" : "off").append('"');
        sb.append(", \"switch_interval_us\": ").append(run.gil().switchIntervalMicros());
        sb.append(", \"switch_at\": \"").append(run.gil().switchAt()).append('"');
        sb.append(", \"refcount\": \"").append(run.refcount().name().toLowerCase()).append("\"}");
        sb.append(",\n\"stats\": ").append(run.statsJson().strip());
        sb.append(",\n\"audits\": [");
        for (int i = 0; i < run.audits().size(); i++) {
            Audit.Report a = run.audits().get(i);
            sb.append(i == 0 ? "" : ", ").append("{\"when\": ").append(Json.quote(a.when()))
                    .append(", \"summary\": ").append(Json.quote(a.summary().strip())).append('}');
        }
        sb.append("],\n\"trace\": ").append(run.traceJson().strip()).append("}\n");
        return sb.toString();
    }

    private static String template() {
        try (InputStream in = Report.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the report template " + TEMPLATE + " is missing from the jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!text.contains(PLACEHOLDER)) {
                throw new IllegalStateException("the report template has no " + PLACEHOLDER);
            }
            return text;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
