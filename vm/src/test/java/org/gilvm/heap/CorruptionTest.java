package org.gilvm.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.gilvm.bytecode.Source;
import org.gilvm.interp.Vm;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyNone;
import org.junit.jupiter.api.Test;

/**
 * Deliberately corrupted counts: the audit must name the exact object with the right
 * classification, and a use-after-free must be reported with the site that freed the object and
 * the site that touched it. The corruption comes from a test-only module, {@code _testhooks},
 * whose {@code corrupt(obj, delta)} changes one count the way a lost or doubled update would.
 */
class CorruptionTest {

    private record Run(String out, String err, int status, Vm vm) { }

    private static Run run(String source, Heap.OnCorruption onCorruption, boolean audit) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Vm vm = new Vm(out, err, List.of("t.py"),
                new Vm.Options(RefCount.Mode.PLAIN, onCorruption, audit, null, 0));
        vm.addBuiltinModule("_testhooks", v -> {
            PyModule m = new PyModule("_testhooks");
            m.globals().put("corrupt", PyBuiltinFunction.function("corrupt", a -> {
                RefCount.corruptForTesting(a.get(0), (int) ((PyInt) a.get(1)).longValue());
                return PyNone.NONE;
            }));
            return m;
        });
        int status = vm.runMain(new Source("t.py", source));
        return new Run(out.toString(), err.toString(), status, vm);
    }

    private static Audit.Report exitAudit(Run r) {
        List<Audit.Report> audits = r.vm.audits();
        assertEquals(1, audits.size(), "one audit, at exit");
        return audits.get(0);
    }

    @Test
    void anExtraIncrefIsReportedAsOvercountedOnThatObject() {
        Run r = run("""
                import _testhooks
                bystander = [1]
                victim = {}
                _testhooks.corrupt(victim, 1)
                """, Heap.OnCorruption.CRASH, true);
        assertEquals(0, r.status, r.err);
        Audit.Report report = exitAudit(r);
        assertEquals(1, report.findings().size(), report.summary());
        Audit.Finding f = report.findings().get(0);
        assertEquals(Audit.Kind.OVERCOUNTED, f.kind());
        assertEquals("dict", f.object().typeName());
        assertEquals("t.py:3", f.object().allocationSite());
        assertEquals(2, f.stored());
        assertEquals(1, f.references());
        assertTrue(r.err.contains("overcounted: dict at 0x"), r.err);
        assertTrue(r.err.contains("allocated at t.py:3: count 2, 1 references (it will leak)"), r.err);
        assertEquals(1, r.vm.heap().allocated() - r.vm.heap().freed(), "the overcounted dict is never freed");
    }

    @Test
    void aLostIncrefIsReportedAsUndercountedOnThatObject() {
        Run r = run("""
                import _testhooks
                victim = []
                keep = [victim]
                _testhooks.corrupt(victim, -1)
                """, Heap.OnCorruption.REPORT, true);
        Audit.Report report = exitAudit(r);
        assertEquals(1, report.findings().size(), report.summary());
        Audit.Finding f = report.findings().get(0);
        assertEquals(Audit.Kind.UNDERCOUNTED, f.kind());
        assertEquals("list", f.object().typeName());
        assertEquals("t.py:2", f.object().allocationSite());
        assertEquals(1, f.stored());
        assertEquals(2, f.references());
    }

    @Test
    void aFreedObjectStillReferencedIsFoundByTheAudit() {
        Run r = run("""
                import _testhooks
                victim = []
                keep = [victim]
                _testhooks.corrupt(victim, -2)
                """, Heap.OnCorruption.REPORT, true);
        Audit.Report report = exitAudit(r);
        assertEquals(1, report.count(Audit.Kind.FREED_BUT_REFERENCED), report.summary());
        Audit.Finding f = report.findings().stream()
                .filter(x -> x.kind() == Audit.Kind.FREED_BUT_REFERENCED).findFirst().orElseThrow();
        assertEquals("t.py:2", f.object().allocationSite());
        assertEquals(2, f.references(), "the global and the list still point at it");
    }

    @Test
    void useAfterFreeCrashesWithBothSitesAndExitStatus139() {
        Run r = run("""
                import _testhooks
                victim = []
                def drop():
                    _testhooks.corrupt(victim, -1)
                drop()
                print("still running")
                def touch():
                    return len(victim)
                touch()
                print("not reached")
                """, Heap.OnCorruption.CRASH, false);
        assertEquals(FatalError.EXIT_STATUS, r.status);
        assertEquals("still running\n", r.out);
        assertTrue(r.err.startsWith("Fatal Python error: Segmentation fault (simulated by gilvm: use-after-free)\n"), r.err);
        assertTrue(r.err.contains("Object: list at 0x"), r.err);
        assertTrue(r.err.contains("allocated at t.py:2\n"), r.err);
        assertTrue(r.err.contains("Freed by thread MainThread at t.py:4\n"), r.err);
        assertTrue(r.err.contains("Touched by thread MainThread at t.py:8 (incref)\n"), r.err);
        assertTrue(r.err.contains("Current thread 0x"), r.err);
        assertTrue(r.err.contains("  File \"t.py\", line 8 in touch\n  File \"t.py\", line 9 in <module>\n"), r.err);
        assertEquals(1, r.vm.heap().useAfterFreeEvents());
    }

    @Test
    void reportModeCountsTheEventAndKeepsRunning() {
        Run r = run("""
                import _testhooks
                victim = [1, 2]
                _testhooks.corrupt(victim, -1)
                print(len(victim))
                print("still running")
                """, Heap.OnCorruption.REPORT, false);
        assertEquals(0, r.status, r.err);
        assertEquals("0\nstill running\n", r.out, "a freed list reads as empty");
        assertTrue(r.err.startsWith("gilvm: use-after-free: list at 0x"), r.err);
        assertTrue(r.err.contains("freed by thread MainThread at t.py:3; touched by thread MainThread at t.py:4 (incref)"), r.err);
        assertTrue(r.vm.heap().useAfterFreeEvents() >= 1);
    }
}
