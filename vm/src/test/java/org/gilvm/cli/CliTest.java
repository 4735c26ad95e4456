package org.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gilvm.Gilvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: statuses and one-line messages, never a Java stack trace. */
class CliTest {
    @TempDir
    Path dir;

    private record Outcome(int status, String out, String err) { }

    private static Outcome gilvm(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, out, err);
        return new Outcome(status, out.toString(), err.toString());
    }

    private Path script(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    @Test
    void runsAScriptWithItsArguments() throws IOException {
        Path p = script("args.py", "import sys\nprint(sys.argv[1:])\n".getBytes());
        Outcome o = gilvm(p.toString(), "--", "a", "--b");
        assertEquals(0, o.status, o.err);
        assertEquals("['a', '--b']\n", o.out);
    }

    @Test
    void aPlainRunSkipsPicocliButMeansWhatPicocliWouldMakeOfIt() {
        String[][] plain = {{"s.py"}, {"s.py", "a", "b c", ""}, {"s.py", "help"}, {""}};
        for (String[] args : plain) {
            assertTrue(Main.isPlainRun(args), String.join(" ", args));
            Main parsed = new Main();
            new picocli.CommandLine(parsed).parseArgs(args);
            assertEquals(parsed.settings(), Main.plain(args).settings(), String.join(" ", args));
        }
        String[][] notPlain = {{}, {"--audit", "s.py"}, {"s.py", "--", "a"}, {"s.py", "-x"}, {"dis", "s.py"},
                {"s.py", "dis"}, {"@args.txt"}, {"--help"}};
        for (String[] args : notPlain) {
            assertTrue(!Main.isPlainRun(args), String.join(" ", args));
        }
    }

    @Test
    void missingFileIsAUsageError() {
        Outcome o = gilvm(dir.resolve("nope.py").toString());
        assertEquals(2, o.status);
        assertTrue(o.err.contains("can't open file") && o.err.contains("No such file or directory"), o.err);
        assertEquals(1, o.err.strip().lines().count(), "one line: " + o.err);
    }

    @Test
    void unknownOptionIsAUsageError() throws IOException {
        Path p = script("ok.py", "print(1)\n".getBytes());
        Outcome o = gilvm("--no-such-flag", p.toString());
        assertEquals(2, o.status);
        assertEquals(1, o.err.strip().lines().count(), "one line: " + o.err);
        assertTrue(o.err.startsWith("gilvm: "), o.err);
    }

    @Test
    void theGilFlagsReachTheProgram() throws IOException {
        Path p = script("gil.py", "import sys\nprint(sys._is_gil_enabled(), sys.getswitchinterval())\n".getBytes());
        assertEquals("True 0.005\n", gilvm(p.toString()).out);
        assertEquals("False 0.005\n", gilvm(p.toString(), "--gil=off").out);
        // 100 us is 1e-6 * 100 in CPython's getswitchinterval too: 9.999999999999999e-05.
        assertEquals("True 9.999999999999999e-05\n", gilvm("--switch-interval=100us", p.toString(), "--switch-at=instruction").out);
        assertEquals("True 0.25\n", gilvm(p.toString(), "--switch-interval", "0.25s").out);
    }

    @Test
    void badGilFlagsAreUsageErrors() throws IOException {
        Path p = script("ok.py", "print(1)\n".getBytes());
        for (String bad : new String[] {"--gil=maybe", "--switch-interval=5", "--switch-interval=0ms",
                "--switch-at=sometimes"}) {
            Outcome o = gilvm(p.toString(), bad);
            assertEquals(2, o.status, bad);
            assertEquals(1, o.err.strip().lines().count(), "one line: " + o.err);
            assertTrue(o.err.startsWith("gilvm: "), o.err);
        }
    }

    @Test
    void versionAndHelp() {
        assertTrue(gilvm("--version").out.startsWith("gilvm "));
        Outcome help = gilvm("--help");
        assertEquals(0, help.status);
        assertTrue(help.out.contains("FILE"), help.out);
    }

    @Test
    void nulBytesAreASyntaxError() throws IOException {
        Path p = script("nul.py", "x = 1\0\n".getBytes());
        Outcome o = gilvm(p.toString());
        assertEquals(1, o.status);
        assertTrue(o.err.endsWith("SyntaxError: source code cannot contain null bytes\n"), o.err);
    }

    @Test
    void invalidUtf8IsASyntaxError() throws IOException {
        Path p = script("latin1.py", new byte[] {'x', ' ', '=', ' ', '\'', (byte) 0xE9, '\'', '\n'});
        Outcome o = gilvm(p.toString());
        assertEquals(1, o.status);
        assertTrue(o.err.startsWith("SyntaxError: Non-UTF-8 code starting with '\\xe9'"), o.err);
    }

    @Test
    void disShowsALoopReadably() throws IOException {
        Path p = script("loop.py", "def count(n):\n    total = 0\n    while n > 0:\n        total += n\n        n -= 1\n    return total\n".getBytes());
        Outcome o = gilvm("dis", p.toString());
        assertEquals(0, o.status, o.err);
        assertTrue(o.out.contains("Disassembly of <code object count"), o.out);
        assertTrue(o.out.contains("LOAD_FAST") && o.out.contains("(n)"), o.out);
        assertTrue(o.out.contains("JUMP_BACKWARD") && o.out.contains("BINARY_OP") && o.out.contains("(+=)"), o.out);
        assertTrue(o.out.contains(">>"), "jump targets are marked:\n" + o.out);
    }

    @Test
    void deepRecursionIsARecursionErrorNotAJavaCrash() {
        Gilvm.Result r = Gilvm.run("deep.py", "import sys\nsys.setrecursionlimit(100000)\ndef f(n):\n    return f(n + 1)\nf(0)\n");
        assertEquals(1, r.status());
        assertTrue(r.err().endsWith("RecursionError: maximum recursion depth exceeded\n"), r.err());
    }

    @Test
    void liveRefusesAScriptThatDoesNotCompileWithItsSyntaxError() throws IOException {
        Path p = script("bad.py", "print(\"a\"\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Outcome o = gilvm("live", p.toString(), "--port=0");
        assertEquals(1, o.status, o.err);
        assertEquals("", o.out);
        assertTrue(o.err.endsWith("SyntaxError: '(' was never closed\n"), o.err);
    }

    @Test
    void liveRefusesABadPortWithAUsageError() throws IOException {
        Path p = script("ok.py", "print(1)\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Outcome o = gilvm("live", p.toString(), "--port=70000");
        assertEquals(2, o.status, o.err);
        assertEquals("gilvm live: --port must be 0 to 65535\n", o.err);
    }
}
