package org.gilvm.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gilvm.Corpus;
import org.gilvm.Gilvm;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program in the conformance corpus prints, under gilvm, exactly what CPython 3.11 printed
 * (the committed .out files); and, where python3 is installed, CPython still prints that today, so
 * the expected files cannot drift from the oracle. A program's stderr must be empty, unless it has
 * a committed .err file (warnings), which it must then match: CPython's stderr when run with
 * {@code -X tracemalloc}, the way gilvm prints a warning about an object (see README.md there).
 */
class ConformanceTest {

    @TestFactory
    Stream<DynamicTest> gilvmMatchesCommittedCPythonOutput() throws IOException {
        return Corpus.programs("conformance").stream().map(p -> DynamicTest.dynamicTest(name(p), () -> {
            Gilvm.Result r = Gilvm.run(p);
            assertEquals(expectedErr(p), r.err(), "stderr of " + name(p));
            assertEquals(0, r.status(), "exit status of " + name(p));
            assertEquals(Corpus.sibling(p, ".out"), r.out(), "stdout of " + name(p));
        }));
    }

    @TestFactory
    Stream<DynamicTest> liveCPythonAgreesWithGilvm() throws IOException {
        return Corpus.programs("conformance").stream().map(p -> DynamicTest.dynamicTest(name(p), () -> {
            assumeTrue(Corpus.hasCPython(), "python3 is not installed: live comparison skipped");
            boolean hasErr = Files.exists(errFile(p));
            String[] expected = hasErr ? Corpus.cpythonOutAndErr(p, "-X", "tracemalloc") : new String[] {Corpus.cpython(p), ""};
            assertEquals(Corpus.sibling(p, ".out"), expected[0], "the committed .out is no longer CPython's output");
            assertEquals(expectedErr(p), expected[1], "the committed .err is no longer CPython's stderr");
            Gilvm.Result r = Gilvm.run(p);
            assertEquals(expected[0], r.out(), "gilvm differs from live CPython");
            assertEquals(expected[1], r.err(), "gilvm's stderr differs from live CPython's");
        }));
    }

    private static Path errFile(Path p) {
        return p.resolveSibling(name(p).replaceAll("\\.py$", ".err"));
    }

    /** The committed stderr, or nothing for a program without a .err file. */
    private static String expectedErr(Path p) throws IOException {
        return Files.exists(errFile(p)) ? Corpus.sibling(p, ".err") : "";
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
