package org.gilvm.observe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gilvm.observe.Outcomes.Annotation;
import org.gilvm.observe.Outcomes.Grade;
import org.gilvm.observe.Outcomes.Header;

/**
 * The race lab's tables, in the manner of jcstress: per mode, how often each outcome occurred and
 * its grade. Outcomes one annotation matches share a row (a lost-update count differs in every run,
 * and fifty rows of one run each would tell nothing): the row shows the most frequent of them as a
 * sample and how many distinct ones it covers. An outcome no annotation matches has a row of its own,
 * graded unknown. Rows are listed by grade (expected, interesting, forbidden, unknown), then by count.
 */
public final class RaceTable {
    private RaceTable() { }

    /** One run as the table needs it: its outcome line and what it printed to stderr. */
    public record Outcome(String line, String stderr) { }

    /**
     * One row. {@code sample} is the most frequent outcome of the row (the first seen on a tie),
     * {@code sampleStderr} the stderr of the first run that had it; {@code annotation} is null for
     * an unknown outcome.
     */
    public record Row(Grade grade, String description, String sample, String sampleStderr, int count,
                      int distinct, Annotation annotation) { }

    /** One mode's table: its flags as typed on a command line, its number of runs, its rows. */
    public record ModeTable(String mode, int runs, List<Row> rows) {
        public int forbidden() {
            return rows.stream().filter(r -> r.grade == Grade.FORBIDDEN).mapToInt(Row::count).sum();
        }
    }

    /** Groups and grades one mode's runs. */
    public static ModeTable group(String mode, List<Outcome> runs, Header header) {
        // Keyed by the annotation's line, or by the outcome itself (unknown); in first-seen order.
        Map<String, List<Outcome>> groups = new LinkedHashMap<>();
        Map<String, Annotation> annotationOf = new LinkedHashMap<>();
        for (Outcome o : runs) {
            Annotation a = header.grade(o.line());
            String key = a == null ? "?" + o.line() : "#" + a.line();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
            annotationOf.put(key, a);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<Outcome>> g : groups.entrySet()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            Map<String, String> stderrOf = new LinkedHashMap<>();
            for (Outcome o : g.getValue()) {
                counts.merge(o.line(), 1, Integer::sum);
                stderrOf.putIfAbsent(o.line(), o.stderr());
            }
            String sample = null;
            for (Map.Entry<String, Integer> c : counts.entrySet()) {
                if (sample == null || c.getValue() > counts.get(sample)) {
                    sample = c.getKey();
                }
            }
            Annotation a = annotationOf.get(g.getKey());
            rows.add(new Row(a == null ? Grade.UNKNOWN : a.grade(), a == null ? "" : a.description(), sample,
                    stderrOf.get(sample), g.getValue().size(), counts.size(), a));
        }
        rows.sort(Comparator.comparing(Row::grade).thenComparing(Row::count, Comparator.reverseOrder()));
        return new ModeTable(mode, runs.size(), List.copyOf(rows));
    }

    /** Whether any mode had a forbidden outcome: then {@code gilvm stress} exits 1. */
    public static boolean anyForbidden(List<ModeTable> tables) {
        return tables.stream().anyMatch(t -> t.forbidden() > 0);
    }

    private static String percent(int count, int runs) {
        return String.format("%.1f%%", runs == 0 ? 0.0 : 100.0 * count / runs);
    }

    private static String distinctNote(Row r) {
        if (r.distinct() <= 1) {
            return "";
        }
        return r.distinct() + " distinct outcomes, " + (r.distinct() == r.count() ? "one" : "the most frequent")
                + " shown";
    }

    /** The tables as text: a header line per mode, then one row per outcome (two lines when described). */
    public static String text(String title, List<ModeTable> tables) {
        StringBuilder sb = new StringBuilder(title).append('\n');
        String indent = " ".repeat(2 + 7 + 2 + 7 + 2 + 11 + 2);
        for (ModeTable t : tables) {
            sb.append('\n').append(t.mode()).append(": ").append(t.runs()).append(t.runs() == 1 ? " run" : " runs")
                    .append('\n');
            sb.append(String.format("  %7s  %7s  %-11s  %s%n", "count", "freq", "grade", "outcome"));
            for (Row r : t.rows()) {
                sb.append(String.format("  %7d  %7s  %-11s  %s%n", r.count(), percent(r.count(), t.runs()),
                        r.grade().word(), r.sample().isEmpty() ? "(no output)" : r.sample()));
                String note = distinctNote(r);
                String below = r.description().isEmpty() ? note
                        : note.isEmpty() ? r.description() : r.description() + " [" + note + "]";
                if (!below.isEmpty()) {
                    sb.append(indent).append(r.description().isEmpty() ? "[" + below + "]" : below).append('\n');
                }
            }
        }
        return sb.append('\n').append(conclusion(tables)).append('\n').toString();
    }

    /** The last line: where forbidden outcomes occurred, if anywhere. */
    private static String conclusion(List<ModeTable> tables) {
        List<String> bad = new ArrayList<>();
        for (ModeTable t : tables) {
            if (t.forbidden() > 0) {
                bad.add(t.mode() + " (" + t.forbidden() + " of " + t.runs() + " runs)");
            }
        }
        return bad.isEmpty() ? "No forbidden outcome." : "Forbidden outcomes in " + String.join(", ", bad) + ".";
    }

    /** The tables as one self-contained HTML page (no script, no network). */
    public static String html(String title, List<String> notes, List<ModeTable> tables) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        sb.append("<h1>").append(escape(title)).append("</h1>\n");
        for (String note : notes) {
            sb.append("<p>").append(escape(note)).append("</p>\n");
        }
        for (ModeTable t : tables) {
            sb.append("<section>\n<h2><code>").append(escape(t.mode())).append("</code>: ").append(t.runs())
                    .append(t.runs() == 1 ? " run" : " runs").append("</h2>\n");
            sb.append("<table>\n<thead><tr><th>outcome</th><th>count</th><th>freq</th><th>grade</th>"
                    + "<th>description</th></tr></thead>\n<tbody>\n");
            for (Row r : t.rows()) {
                String grade = r.grade().word();
                sb.append("<tr class=\"").append(grade).append("\"><td><code>")
                        .append(r.sample().isEmpty() ? "(no output)" : escape(r.sample())).append("</code>");
                String note = distinctNote(r);
                if (!note.isEmpty()) {
                    sb.append("<br><small>").append(escape(note)).append("</small>");
                }
                if (r.sampleStderr() != null && !r.sampleStderr().isBlank()) {
                    sb.append("<details><summary>stderr of one run</summary><pre>")
                            .append(escape(clip(r.sampleStderr()))).append("</pre></details>");
                }
                double freq = t.runs() == 0 ? 0 : 100.0 * r.count() / t.runs();
                sb.append("</td><td class=\"n\">").append(r.count()).append("</td><td class=\"n\">")
                        .append(percent(r.count(), t.runs()))
                        .append(String.format("<div class=\"bar\"><div style=\"width:%.1f%%\"></div></div>", freq))
                        .append("</td><td class=\"grade\">").append(grade).append("</td><td>")
                        .append(escape(r.description())).append("</td></tr>\n");
            }
            sb.append("</tbody>\n</table>\n</section>\n");
        }
        sb.append("<p class=\"verdict\">").append(escape(conclusion(tables))).append("</p>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static final int STDERR_SHOWN = 4000;

    private static String clip(String s) {
        return s.length() <= STDERR_SHOWN ? s : s.substring(0, STDERR_SHOWN) + "\n... (" + (s.length() - STDERR_SHOWN)
                + " more characters)";
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final String CSS = """
            body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
            table { border-collapse: collapse; margin-bottom: 2em; }
            th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
            th { background: #f0f0f0; }
            td.n { text-align: right; white-space: nowrap; }
            td code { white-space: pre-wrap; word-break: break-all; }
            pre { font-size: 0.85em; max-height: 20em; overflow: auto; background: #f8f8f8; padding: 0.5em; }
            .bar { background: #eee; height: 0.4em; width: 6em; margin-top: 0.2em; }
            .bar div { background: #555; height: 100%; }
            tr.expected td.grade { background: #c8f0c8; }
            tr.interesting td.grade { background: #fff0a0; }
            tr.forbidden td.grade { background: #f8b8b8; font-weight: bold; }
            tr.unknown td.grade { background: #ddd; }
            """;
}
