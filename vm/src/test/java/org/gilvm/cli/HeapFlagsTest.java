package org.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The heap's flags as a user types them: --refcount, --audit, --stats-json, --on-corruption. */
class HeapFlagsTest {
    @TempDir
    Path dir;

    private record Outcome(int status, String out, String err) { }

    private static Outcome gilvm(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, out, err);
        return new Outcome(status, out.toString(), err.toString());
    }

    private Path script(String source) throws IOException {
        Path p = dir.resolve("s.py");
        Files.writeString(p, source);
        return p;
    }

    private static final String CYCLE = """
            import gc
            class Node:
                pass
            a = Node()
            b = Node()
            a.other = b
            b.other = a
            del a, b
            print("ok")
            """;

    @Test
    void auditPrintsOneLineWhenEveryCountIsExactAndNamesCyclicGarbage() throws IOException {
        Outcome o = gilvm(script(CYCLE).toString(), "--audit");
        assertEquals(0, o.status, o.err);
        assertEquals("ok\n", o.out);
        assertEquals("gilvm audit (at exit): 3 live objects, every count exact; 2 objects are cyclic garbage "
                + "(not corruption: gc.collect() would free them)\n", o.err);
    }

    @Test
    void statsJsonHasTheContractFields() throws IOException {
        Path json = dir.resolve("stats.json");
        Outcome o = gilvm(script(CYCLE).toString(), "--audit", "--stats-json=" + json);
        assertEquals(0, o.status, o.err);
        // Five objects: the class, its body's function, two instances, and __main__'s globals
        // dict at exit (gilvm's stand-in for CPython's module dict, see DyingGlobals).
        // The GIL's times vary from run to run; everything else is fixed.
        String stats = Files.readString(json).replaceAll("\"(hold|wait)_ms\": [0-9]+\\.[0-9]{3}", "\"$1_ms\": T");
        assertEquals("{\"refcount\": {\"mode\": \"plain\", \"allocated\": 5, \"freed\": 5, \"live_at_exit\": 0, "
                + "\"audits\": 1, \"overcounted\": 0, \"undercounted\": 0, \"freed_but_referenced\": 0, "
                + "\"leaked\": 0, \"cyclic_garbage\": 2, \"use_after_free\": 0}, "
                + "\"gil\": {\"enabled\": true, \"switch_interval_us\": 5000, \"switch_at\": \"backedge\", "
                + "\"switches\": 1, \"drop_requests\": 0, \"threads\": [{\"name\": \"MainThread\", \"hold_ms\": T, "
                + "\"wait_ms\": T, \"acquisitions\": 1, \"forced_switches\": 0, \"drop_requests\": 0}]}, "
                + "\"exit_status\": 0}\n", stats);
    }

    @Test
    void statsJsonRecordsTheExitStatusOfAFailingScript() throws IOException {
        Path json = dir.resolve("stats.json");
        Outcome o = gilvm(script("x = []\nraise ValueError('no')\n").toString(), "--stats-json", json.toString());
        assertEquals(1, o.status);
        String stats = Files.readString(json);
        assertTrue(stats.endsWith("\"exit_status\": 1}\n"), stats);
        assertTrue(stats.contains("\"live_at_exit\": 0"), stats);
    }

    @Test
    void everyStrategyIsAccepted() throws IOException {
        for (String mode : new String[] {"plain", "atomic", "biased", "ATOMIC"}) {
            Path json = dir.resolve(mode + ".json");
            Outcome o = gilvm(script(CYCLE).toString(), "--refcount=" + mode, "--stats-json=" + json);
            assertEquals(0, o.status, o.err);
            assertTrue(Files.readString(json).contains("\"mode\": \"" + mode.toLowerCase() + "\""));
        }
    }

    @Test
    void anUnknownStrategyIsAOneLineUsageError() throws IOException {
        Outcome o = gilvm(script("print(1)\n").toString(), "--refcount=lazy");
        assertEquals(2, o.status);
        assertEquals(1, o.err.strip().lines().count(), o.err);
        assertEquals("gilvm: Invalid value for option '--refcount': expected one of plain, atomic, biased "
                + "but was 'lazy' (see gilvm --help)\n", o.err);
    }

    @Test
    void anUnknownCorruptionPolicyIsAOneLineUsageError() throws IOException {
        Outcome o = gilvm(script("print(1)\n").toString(), "--on-corruption=ignore");
        assertEquals(2, o.status);
        assertEquals(1, o.err.strip().lines().count(), o.err);
    }

    @Test
    void helpListsTheHeapFlags() {
        Outcome o = gilvm("--help");
        assertEquals(0, o.status);
        for (String flag : new String[] {"--refcount", "--audit", "--stats-json", "--on-corruption"}) {
            assertTrue(o.out.contains(flag), flag + " in " + o.out);
        }
    }
}
