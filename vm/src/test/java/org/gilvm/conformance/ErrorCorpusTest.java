package org.gilvm.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gilvm.Corpus;
import org.gilvm.Gilvm;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad programs fail as under CPython: exit status 1, and for runtime errors the whole traceback
 * (CPython run with -X no_debug_ranges, which leaves out the 3.11 caret lines gilvm does not draw).
 * For syntax errors the exception class and the line must match; CPython's wording varies too much
 * by parser state to promise it everywhere.
 */
class ErrorCorpusTest {
    private static final Pattern FILE_LINE = Pattern.compile("File \"[^\"]+\", line (\\d+)");

    @TestFactory
    Stream<DynamicTest> errorsMatchCPython() throws IOException {
        return Corpus.programs("errors").stream().map(p -> DynamicTest.dynamicTest(name(p), () -> {
            String expected = Corpus.sibling(p, ".err");
            Gilvm.Result r = Gilvm.run(p);
            assertEquals(1, r.status(), "exit status; stderr was:\n" + r.err());
            assertFalse(r.err().contains("\tat org.") || r.err().contains(".java:"), "Java stack trace leaked");
            String expectedKind = lastLine(expected).split(":")[0];
            if (expectedKind.endsWith("SyntaxError") || expectedKind.endsWith("IndentationError")
                    || expectedKind.equals("TabError")) {
                assertEquals(expectedKind, lastLine(r.err()).split(":")[0], "exception class");
                assertEquals(firstLineNumber(expected), firstLineNumber(r.err()), "line of the error");
            } else {
                assertEquals(expected, r.err());
            }
        }));
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static String firstLineNumber(String text) {
        Matcher m = FILE_LINE.matcher(text);
        return m.find() ? m.group(1) : "none";
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
