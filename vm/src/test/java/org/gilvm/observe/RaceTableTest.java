package org.gilvm.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gilvm.observe.Outcomes.Grade;
import org.gilvm.observe.Outcomes.Header;
import org.gilvm.observe.RaceTable.ModeTable;
import org.gilvm.observe.RaceTable.Row;
import org.junit.jupiter.api.Test;

/** Grouping, grading and rendering of the race lab's tables, from made-up outcomes. */
class RaceTableTest {

    private static Header header() throws Outcomes.BadAnnotation {
        return Outcomes.parseHeader("""
                # outcome: ^counter 400$ -> expected "every increment counted"
                # outcome: ^counter \\d+$ -> interesting "lost updates"
                # outcome: ^crash$ -> forbidden "use-after-free"
                """);
    }

    private static List<RaceTable.Outcome> outcomes(String... lines) {
        List<RaceTable.Outcome> list = new ArrayList<>();
        for (String l : lines) {
            list.add(new RaceTable.Outcome(l, "stderr of " + l));
        }
        return list;
    }

    @Test
    void outcomesOfOneAnnotationShareARowAndUnknownOnesHaveTheirOwn() throws Outcomes.BadAnnotation {
        ModeTable t = RaceTable.group("--gil=off", outcomes("counter 312", "counter 400", "counter 377",
                "weird <b>", "counter 377", "counter 312", "counter 377", "counter 400", "other", "weird <b>"),
                header());
        assertEquals(10, t.runs());
        List<Row> rows = t.rows();
        assertEquals(4, rows.size(), rows.toString());
        // By grade, then by count.
        assertEquals(Grade.EXPECTED, rows.get(0).grade());
        assertEquals(2, rows.get(0).count());
        assertEquals(1, rows.get(0).distinct());

        Row lost = rows.get(1);
        assertEquals(Grade.INTERESTING, lost.grade());
        assertEquals(5, lost.count());
        assertEquals(2, lost.distinct());
        assertEquals("counter 377", lost.sample(), "the most frequent outcome of the row");
        assertEquals("stderr of counter 377", lost.sampleStderr());
        assertEquals("lost updates", lost.description());

        assertEquals(Grade.UNKNOWN, rows.get(2).grade());
        assertEquals("weird <b>", rows.get(2).sample());
        assertEquals(2, rows.get(2).count());
        assertNull(rows.get(2).annotation());
        assertEquals("other", rows.get(3).sample());
        assertEquals(0, t.forbidden());
    }

    @Test
    void aForbiddenOutcomeInAnyModeIsWhatMakesTheLabFail() throws Outcomes.BadAnnotation {
        ModeTable on = RaceTable.group("--gil=on", outcomes("counter 400", "counter 400"), header());
        ModeTable off = RaceTable.group("--gil=off", outcomes("counter 12", "crash", "crash"), header());
        ModeTable unknown = RaceTable.group("--gil=off", outcomes("??? [exit 1]"), header());
        assertFalse(RaceTable.anyForbidden(List.of(on)));
        assertFalse(RaceTable.anyForbidden(List.of(on, unknown)), "unknown is not forbidden");
        assertTrue(RaceTable.anyForbidden(List.of(on, off)));
        assertEquals(2, off.forbidden());
        assertTrue(RaceTable.text("t", List.of(on, off)).endsWith("Forbidden outcomes in --gil=off (2 of 3 runs).\n"));
        assertTrue(RaceTable.text("t", List.of(on)).endsWith("No forbidden outcome.\n"));
    }

    @Test
    void aSharedRowSaysHowManyDistinctOutcomesItCovers() throws Outcomes.BadAnnotation {
        ModeTable some = RaceTable.group("m", outcomes("counter 1", "counter 2", "counter 2"), header());
        assertTrue(RaceTable.text("t", List.of(some)).contains(
                "lost updates [2 distinct outcomes, the most frequent shown]\n"), RaceTable.text("t", List.of(some)));
        ModeTable each = RaceTable.group("m", outcomes("counter 1", "counter 2", "counter 3"), header());
        assertTrue(RaceTable.text("t", List.of(each)).contains(
                "        3   100.0%  interesting  counter 1\n"
                + "                                 lost updates [3 distinct outcomes, one shown]\n"),
                RaceTable.text("t", List.of(each)));
    }

    @Test
    void theTextTableHasAHeaderPerModeAndOneRowPerOutcome() throws Outcomes.BadAnnotation {
        ModeTable on = RaceTable.group("--gil=on", outcomes("counter 400", "counter 400", "counter 400", ""),
                header());
        String text = RaceTable.text("gilvm stress c.py: 4 runs per mode", List.of(on));
        assertEquals("""
                gilvm stress c.py: 4 runs per mode

                --gil=on: 4 runs
                    count     freq  grade        outcome
                        3    75.0%  expected     counter 400
                                                 every increment counted
                        1    25.0%  unknown      (no output)

                No forbidden outcome.
                """, text);
    }

    @Test
    void theHtmlReportHasATablePerModeAndEscapesOutcomes() throws Outcomes.BadAnnotation {
        ModeTable on = RaceTable.group("--gil=on", outcomes("counter 400", "<script>x & y</script>"), header());
        ModeTable off = RaceTable.group("--gil=off+\"q\"", outcomes("crash"), header());
        String html = RaceTable.html("gilvm stress <c.py>", List.of("a note with <tags>"), List.of(on, off));
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertEquals(2, count(html, "<table>"));
        assertEquals(2, count(html, "</table>"));
        assertTrue(html.contains("&lt;script&gt;x &amp; y&lt;/script&gt;"), html);
        assertFalse(html.contains("<script>"), "no raw markup from outcomes, and no script of its own");
        assertTrue(html.contains("gilvm stress &lt;c.py&gt;") && html.contains("a note with &lt;tags&gt;"), html);
        assertTrue(html.contains("--gil=off+&quot;q&quot;"), html);
        assertTrue(html.contains("<tr class=\"forbidden\">"), html);
        assertFalse(html.contains("http://") || html.contains("https://"), "self-contained: nothing fetched");
        // Every element opened is closed (the void elements aside).
        for (String tag : new String[] {"html", "head", "body", "section", "table", "thead", "tbody", "tr", "td", "th",
                "code", "details", "summary", "pre", "h1", "h2", "p", "small", "div", "style", "title"}) {
            assertEquals(count(html, "<" + tag + ">") + count(html, "<" + tag + " "), count(html, "</" + tag + ">"), tag);
        }
        assertTrue(html.contains("Forbidden outcomes in --gil=off+&quot;q&quot; (1 of 1 runs)."), html);
    }

    private static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
