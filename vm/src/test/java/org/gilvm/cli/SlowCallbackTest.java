package org.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * asyncio's slow-callback warning (CPython prints it in debug mode only; gilvm by default) and
 * {@code --slow-callback=MS}. The conformance corpus cannot hold it: CPython's run without
 * PYTHONASYNCIODEBUG prints nothing.
 */
class SlowCallbackTest {
    @TempDir
    Path dir;

    /** One step of main holds the loop 250 ms, then stops at line 5's await. */
    private static final String BLOCKING = """
            import asyncio, time

            async def main():
                time.sleep(0.25)
                await asyncio.sleep(0)
                print("done")

            asyncio.run(main())
            """;

    private String[] run(String... flags) throws IOException {
        Path p = dir.resolve("slow.py");
        Files.writeString(p, BLOCKING);
        String[] args = new String[flags.length + 1];
        args[0] = p.toString();
        System.arraycopy(flags, 0, args, 1, flags.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, out, err);
        return new String[] {String.valueOf(status), out.toString(), err.toString()};
    }

    @Test
    void aStepOverTheThresholdIsReportedAsCPythonsDebugModeDoes() throws IOException {
        String[] r = run();
        assertEquals("0", r[0], r[2]);
        assertEquals("done\n", r[1]);
        String pattern = "Executing <Task pending name='Task-1' coro=<main\\(\\) running at .*slow\\.py:5> "
                + "cb=\\[_run_until_complete_cb\\(\\) at <gilvm>/asyncio\\.py:\\d+\\]> took \\d\\.\\d{3} seconds\n";
        assertTrue(r[2].matches(pattern), r[2]);
    }

    @Test
    void theFlagSetsTheThresholdAndZeroTurnsItOff() throws IOException {
        assertTrue(run("--slow-callback=200")[2].startsWith("Executing <Task pending name='Task-1'"));
        assertEquals("", run("--slow-callback=1000")[2]);
        assertEquals("", run("--slow-callback=0")[2]);
        String[] negative = run("--slow-callback=-5");
        assertEquals("2", negative[0]);
        assertEquals("gilvm: --slow-callback must be 0 or more milliseconds\n", negative[2]);
    }
}
