package org.gilvm.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gilvm.observe.Outcomes.Annotation;
import org.gilvm.observe.Outcomes.BadAnnotation;
import org.gilvm.observe.Outcomes.Grade;
import org.gilvm.observe.Outcomes.Header;
import org.gilvm.observe.Outcomes.Run;
import org.gilvm.observe.Outcomes.Verdict;
import org.junit.jupiter.api.Test;

/** The race lab's annotations, outcome lines and verdicts, without running anything. */
class OutcomesTest {

    private static final String HEADER = """
            #!/usr/bin/env python3
            # counter.py: four threads count.

            # outcome: ^counter 400000$ -> expected "every increment counted"
            #outcome:^counter \\d+$->interesting "lost updates"
            # outcome: a -> b -> forbidden
            # outcome: ^crash$ -> acceptable "a quote \\" inside"
            # modes: gil=on, gil=off+refcount=biased
            import threading
            # outcome: after the code -> forbidden
            """;

    @Test
    void annotationsAreReadFromTheLeadingCommentBlockInOrder() throws BadAnnotation {
        Header h = Outcomes.parseHeader(HEADER);
        List<Annotation> a = h.annotations();
        assertEquals(4, a.size(), a.toString());
        assertEquals(4, a.get(0).line());
        assertEquals("^counter 400000$", a.get(0).regex().pattern());
        assertEquals(Grade.EXPECTED, a.get(0).grade());
        assertEquals("every increment counted", a.get(0).description());
        assertEquals("^counter \\d+$", a.get(1).regex().pattern());
        assertEquals(Grade.INTERESTING, a.get(1).grade());
        // The first " -> GRADE" that leaves a well-formed rest splits: a regex may contain "->".
        assertEquals("a -> b", a.get(2).regex().pattern());
        assertEquals(Grade.FORBIDDEN, a.get(2).grade());
        assertEquals("", a.get(2).description());
        assertEquals(Grade.EXPECTED, a.get(3).grade(), "acceptable is expected");
        assertEquals("a quote \\\" inside", a.get(3).description());
        assertEquals("gil=on, gil=off+refcount=biased", h.modes());
        assertEquals(8, h.modesLine());
    }

    @Test
    void theFirstMatchingAnnotationGradesAndRegexesAreFoundNotMatched() throws BadAnnotation {
        Header h = Outcomes.parseHeader(HEADER);
        assertEquals(Grade.EXPECTED, h.grade("counter 400000").grade());
        assertEquals(Grade.INTERESTING, h.grade("counter 399999").grade());
        assertEquals(Grade.EXPECTED, h.grade("crash").grade());
        assertEquals(Grade.FORBIDDEN, h.grade("it was a -> b, then").grade(), "find(), not matches()");
        assertNull(h.grade("counter 400000 [corrupted]"));
        assertNull(h.grade("after the code"));
    }

    @Test
    void aScriptWithoutAnnotationsHasNone() throws BadAnnotation {
        Header h = Outcomes.parseHeader("print('outcome: x -> expected')\n# outcome: x -> expected\n");
        assertEquals(List.of(), h.annotations());
        assertNull(h.modes());
    }

    private static BadAnnotation bad(String source) {
        return assertThrows(BadAnnotation.class, () -> Outcomes.parseHeader(source), source);
    }

    @Test
    void malformedAnnotationsNameTheirLine() {
        BadAnnotation e = bad("# ok\n\n# outcome: x -> wrong \"d\"\nprint(1)\n");
        assertEquals(3, e.line);
        assertTrue(e.getMessage().contains("unknown grade 'wrong'"), e.getMessage());

        e = bad("# outcome: (x -> expected\n");
        assertEquals(1, e.line);
        assertTrue(e.getMessage().startsWith("bad regular expression '(x'"), e.getMessage());

        e = bad("# outcome: no arrow here\n");
        assertTrue(e.getMessage().contains("REGEX -> GRADE"), e.getMessage());

        e = bad("# outcome: x -> expected no quotes\n");
        assertTrue(e.getMessage().contains("double quotes"), e.getMessage());

        e = bad("# outcome:  -> expected\n");
        assertTrue(e.getMessage().contains("no regular expression"), e.getMessage());

        e = bad("# modes: gil=on\n# modes: gil=off\n");
        assertEquals(2, e.line);

        e = bad("# modes:\n");
        assertEquals(1, e.line);
    }

    private static final String CLEAN_STATS = "{\"refcount\": {\"mode\": \"plain\", \"allocated\": 5, \"freed\": 5, "
            + "\"live_at_exit\": 0, \"audits\": 1, \"overcounted\": 0, \"undercounted\": 0, \"freed_but_referenced\": 0, "
            + "\"leaked\": 0, \"cyclic_garbage\": 2, \"use_after_free\": 0}, \"gil\": {\"enabled\": true}, "
            + "\"exit_status\": 0}\n";

    @Test
    void corruptedMeansAWrongCountOrAUseAfterFreeButNotCyclicGarbage() {
        assertEquals(Verdict.CLEAN, Outcomes.verdict(0, CLEAN_STATS));
        for (String field : new String[] {"overcounted", "undercounted", "freed_but_referenced", "leaked",
                "use_after_free"}) {
            String stats = CLEAN_STATS.replace("\"" + field + "\": 0", "\"" + field + "\": 3");
            assertEquals(Verdict.CORRUPTED, Outcomes.verdict(0, stats), field);
        }
        assertEquals(Verdict.CLEAN, Outcomes.verdict(70, null), "no stats: nothing known to be wrong");
        assertEquals(Verdict.CRASHED, Outcomes.verdict(139, CLEAN_STATS));
    }

    @Test
    void outcomeLines() {
        String wrong = CLEAN_STATS.replace("\"overcounted\": 0", "\"overcounted\": 1");
        assertEquals("a | b", Outcomes.line(new Run(0, false, "a\nb\n", "", CLEAN_STATS)));
        assertEquals("a | b", Outcomes.line(new Run(0, false, "a\r\nb\r\n", "", CLEAN_STATS)));
        assertEquals("a | ", Outcomes.line(new Run(0, false, "a\n\n", "", CLEAN_STATS)), "one newline stripped");
        assertEquals("a", Outcomes.line(new Run(0, false, "a", "", null)));
        assertEquals("", Outcomes.line(new Run(0, false, "", "", CLEAN_STATS)));
        assertEquals("x [corrupted]", Outcomes.line(new Run(0, false, "x\n", "", wrong)));
        assertEquals("x [exit 1]", Outcomes.line(new Run(1, false, "x\n", "Traceback", CLEAN_STATS)));
        assertEquals("x [corrupted] [exit 4]", Outcomes.line(new Run(4, false, "x\n", "", wrong)));
        assertEquals("crash", Outcomes.line(new Run(139, false, "noise before the crash\n", "Fatal", null)));
        assertEquals("deadlock", Outcomes.line(new Run(3, false, "x\n", "Deadlock detected:", CLEAN_STATS)));
        assertEquals("timeout", Outcomes.line(new Run(137, true, "x\n", "", null)));
    }
}
