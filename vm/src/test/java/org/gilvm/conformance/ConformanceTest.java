package org.gilvm.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gilvm.Corpus;
import org.gilvm.Gilvm;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program in the conformance corpus prints, under gilvm, exactly what CPython 3.11 printed
 * (the committed .out files); and, where python3 is installed, CPython still prints that today, so
 * the expected files cannot drift from the oracle.
 */
class ConformanceTest {

    @TestFactory
    Stream<DynamicTest> gilvmMatchesCommittedCPythonOutput() throws IOException {
        return Corpus.programs("conformance").stream().map(p -> DynamicTest.dynamicTest(name(p), () -> {
            Gilvm.Result r = Gilvm.run(p);
            assertEquals("", r.err(), "stderr of " + name(p));
            assertEquals(0, r.status(), "exit status of " + name(p));
            assertEquals(Corpus.sibling(p, ".out"), r.out(), "stdout of " + name(p));
        }));
    }

    @TestFactory
    Stream<DynamicTest> liveCPythonAgreesWithGilvm() throws IOException {
        return Corpus.programs("conformance").stream().map(p -> DynamicTest.dynamicTest(name(p), () -> {
            assumeTrue(Corpus.hasCPython(), "python3 is not installed: live comparison skipped");
            String expected = Corpus.cpython(p);
            assertEquals(Corpus.sibling(p, ".out"), expected, "the committed .out is no longer CPython's output");
            assertEquals(expected, Gilvm.run(p).out(), "gilvm differs from live CPython");
        }));
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
