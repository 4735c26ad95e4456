package org.gilvm.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gilvm.Gilvm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Constructs outside the subset are refused at compile time, by name, with a caret: never misread. */
class UnsupportedConstructTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "x = lambda *a: 1|'*args', '**kwargs' and '/' in lambdas are not supported by gilvm",
        "try:\\n    pass\\nexcept* Exception:\\n    pass|'except*' is not supported by gilvm",
        "def f(a, /):\\n    pass|positional-only parameters ('/') are not supported by gilvm",
        "x = 1j|complex numbers are not supported by gilvm",
        "x: int = 1|annotated assignments are not supported by gilvm",
        "match x:\\n    case 1:\\n        pass|'match' statements are not supported by gilvm",
    })
    void refusedByName(String source, String message) {
        Gilvm.Result r = Gilvm.run("bad.py", source.replace("\\n", "\n") + "\n");
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("  File \"bad.py\", line "), r.err());
        assertTrue(r.err().contains("^"), "a caret points at the construct:\n" + r.err());
        assertTrue(r.err().endsWith("SyntaxError: " + message + "\n"), r.err());
    }
}
