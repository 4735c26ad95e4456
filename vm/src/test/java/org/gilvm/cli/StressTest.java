package org.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gilvm stress} as a user meets it: its modes and usage errors, and whole labs on small
 * scripts, each run a real child process (three runs a mode, a few seconds in all).
 */
class StressTest {
    @TempDir
    Path dir;

    private record Outcome(int status, String out, String err) { }

    private static Outcome gilvm(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, out, err);
        return new Outcome(status, out.toString(), err.toString());
    }

    private Path script(String name, String source) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, source);
        return p;
    }

    @Test
    void aModeIsGilvmFlagsJoinedWithPlus() throws Stress.UsageError {
        assertEquals(List.of(List.of("--gil=on"), List.of("--gil=off", "--refcount=biased"),
                List.of("--switch-at=instruction"), List.of("--stats")),
                Stress.parseModes("gil=on, gil=off+refcount=biased,--switch-at=instruction,stats"));
    }

    @Test
    void aBadModeIsAUsageErrorCheckedAgainstTheRunCommandsOwnFlags() throws IOException {
        Path p = script("ok.py", "print(1)\n");
        String[][] bad = {{"gil=maybe", "Invalid value for option '--gil'"}, {"gil=on,nope=1", "no flag --nope"},
                {"gil=on,,gil=off", "empty mode"}, {"gil=on+", "empty flag"}, {"audit", "--audit is not allowed"},
                {"stats-json=x", "--stats-json is not allowed"}, {"gil=on+gil=off", "only once"},
                {"refcount=fast", "Invalid value for option '--refcount'"}, {"switch-interval=5", "unit"}};
        for (String[] b : bad) {
            Outcome o = gilvm("stress", p.toString(), "--modes", b[0]);
            assertEquals(2, o.status, b[0]);
            assertEquals(1, o.err.strip().lines().count(), "one line: " + o.err);
            assertTrue(o.err.startsWith("gilvm stress: ") && o.err.contains(b[1]), b[0] + ": " + o.err);
            assertEquals("", o.out);
        }
    }

    @Test
    void usageErrorsAreOneLine() throws IOException {
        Path p = script("ok.py", "print(1)\n");
        Path badHeader = script("bad.py", "# fine\n# outcome: ^x$ -> maybe\nprint(1)\n");
        String[][] cases = {{"stress", p.toString(), "--runs", "0"}, {"stress", p.toString(), "--runs", "x"},
                {"stress", p.toString(), "--jobs", "0"}, {"stress", p.toString(), "--timeout", "soon"},
                {"stress", p.toString(), "--no-such-flag"}, {"stress", dir.resolve("nope.py").toString()},
                {"stress", badHeader.toString()}, {"stress"},
                {"stress", p.toString(), "--html", dir.resolve("no/such/dir/r.html").toString()}};
        for (String[] args : cases) {
            Outcome o = gilvm(args);
            assertEquals(2, o.status, String.join(" ", args) + ": " + o.err);
            assertEquals(1, o.err.strip().lines().count(), "one line: " + o.err);
            assertTrue(o.err.startsWith("gilvm stress: "), o.err);
        }
        Outcome o = gilvm("stress", badHeader.toString());
        assertTrue(o.err.contains("bad.py:2: unknown grade 'maybe'"), o.err);
    }

    @Test
    void stressIsASubcommandNotAPlainRun() {
        assertFalse(Main.isPlainRun(new String[] {"stress", "s.py"}));
        assertFalse(Main.isPlainRun(new String[] {"s.py", "stress"}));
    }

    @Test
    void timeouts() throws Stress.UsageError {
        assertEquals(60_000_000_000L, Stress.parseTimeout("60s"));
        assertEquals(60_000_000_000L, Stress.parseTimeout("60"));
        assertEquals(500_000_000L, Stress.parseTimeout("500ms"));
        assertEquals(120_000_000_000L, Stress.parseTimeout("2m"));
        assertThrows(Stress.UsageError.class, () -> Stress.parseTimeout("0s"));
        assertThrows(Stress.UsageError.class, () -> Stress.parseTimeout("-1s"));
    }

    @Test
    void aDeterministicScriptIsGradedByItsHeaderInEveryMode() throws IOException {
        Path p = script("count.py", """
                # count.py: nothing races here.
                # outcome: ^counter 3 \\| done$ -> expected "every increment counted"
                # outcome: ^counter \\d+ -> interesting "lost updates"
                # outcome: ^crash$ -> forbidden
                import sys
                counter = 0
                for i in range(3):
                    counter += 1
                print("counter", counter)
                print("done" if sys.argv[1:] == ["a b"] else sys.argv[1:])
                """);
        Path html = dir.resolve("report.html");
        Outcome o = gilvm("stress", p.toString(), "--runs", "3", "--jobs", "2", "--html=" + html, "--", "a b");
        assertEquals(0, o.status, o.out + o.err);
        assertEquals("", o.err);
        assertTrue(o.out.startsWith("gilvm stress " + p + ": 3 runs per mode\n"), o.out);
        for (String mode : new String[] {"--gil=on", "--gil=off"}) {
            assertTrue(o.out.contains("\n" + mode + ": 3 runs\n    count     freq  grade        outcome\n"
                    + "        3   100.0%  expected     counter 3 | done\n"
                    + "                                 every increment counted\n"), o.out);
        }
        assertTrue(o.out.endsWith("\nNo forbidden outcome.\n"), o.out);
        String report = Files.readString(html);
        assertEquals(2, report.split("<table>", -1).length - 1, report);
        assertTrue(report.contains("<code>counter 3 | done</code>"), report);
    }

    @Test
    void aScriptThatRaisesShowsItsExitStatusAndAForbiddenOutcomeFailsTheLab() throws IOException {
        Path p = script("raises.py", """
                # outcome: \\[exit 1\\]$ -> forbidden "it raised"
                print("before")
                raise ValueError("no")
                """);
        Outcome o = gilvm("stress", p.toString(), "--runs", "3", "--modes", "gil=on");
        assertEquals(1, o.status, o.out + o.err);
        assertTrue(o.out.contains("        3   100.0%  forbidden    before [exit 1]\n"), o.out);
        assertTrue(o.out.endsWith("\nForbidden outcomes in --gil=on (3 of 3 runs).\n"), o.out);
    }

    @Test
    void aDeadlockIsItsOwnOutcomeAndUnannotatedOutcomesAreUnknown() throws IOException {
        Path p = script("deadlock.py", """
                # modes: gil=on
                import threading
                a = threading.Lock()
                b = threading.Lock()
                def other():
                    with b:
                        with a:
                            pass
                with a:
                    t = threading.Thread(target=other)
                    t.start()
                    while not b.locked():
                        pass
                    with b:
                        pass
                """);
        Outcome o = gilvm("stress", p.toString(), "--runs", "3");
        assertEquals(0, o.status, o.out + o.err);
        assertTrue(o.out.contains("\n--gil=on: 3 runs\n"), "the header's modes: " + o.out);
        assertFalse(o.out.contains("--gil=off"), o.out);
        assertTrue(o.out.contains("        3   100.0%  unknown      deadlock\n"), o.out);
    }
}
