package org.gilvm.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.gilvm.Corpus;
import org.gilvm.Gilvm;
import org.gilvm.heap.Audit;
import org.gilvm.heap.Heap;
import org.gilvm.heap.RefCount;
import org.gilvm.interp.Vm;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance corpus again, under each counting strategy, audited at every few switch points
 * and at exit: the output is still CPython's, no audit finds a wrong count, nothing is touched
 * after it was freed, and by the end every object has been freed.
 */
class RefcountCorpusTest {
    /** Audit at every 5th switch point: often enough to land inside calls, loops and __del__. */
    private static final int AUDIT_EVERY = 5;

    @TestFactory
    Stream<DynamicTest> everyStrategyKeepsEveryCountExact() throws IOException {
        return Corpus.programs("conformance").stream().flatMap(p -> Arrays.stream(RefCount.Mode.values())
                .map(mode -> DynamicTest.dynamicTest(name(p) + " --refcount=" + mode.name().toLowerCase(),
                        () -> check(p, mode))));
    }

    private static void check(Path p, RefCount.Mode mode) throws IOException {
        Vm.Options options = new Vm.Options(mode, Heap.OnCorruption.CRASH, true, null, AUDIT_EVERY);
        Gilvm.Result r = Gilvm.run(p, options);
        assertEquals(0, r.status(), r.err());
        assertEquals(Corpus.sibling(p, ".out"), r.out(), "stdout of " + name(p));
        assertTrue(r.audits().size() >= 1, "at least the audit at exit");
        for (Audit.Report report : r.audits()) {
            assertTrue(report.clean(), report.summary());
        }
        assertEquals(0, r.useAfterFree());
        assertEquals(0, r.liveAtExit(), "objects still alive after exit (allocated " + r.allocated() + ")");
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
