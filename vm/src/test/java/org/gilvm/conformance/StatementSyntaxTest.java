package org.gilvm.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gilvm.Gilvm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expression statements (one rule, left-factored: the expression, then '=', an augmented
 * operator or ':') and the messages of their errors, which are CPython 3.11's.
 */
class StatementSyntaxTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "x = y = [1]\\nx += [2]\\nprint(x, y)|[1, 2] [1, 2]",
        "a, *b = c = 1, 2, 3\\nprint(a, b, c)|1 [2, 3] (1, 2, 3)",
        "d = {}\\nd['k'] = 1\\nd['k'] <<= 3\\nprint(d)|{'k': 8}",
        "print(1); x = 2; print(x)|1\\n2",
    })
    void runs(String source, String out) {
        Gilvm.Result r = Gilvm.run("t.py", source.replace("\\n", "\n") + "\n");
        assertEquals(out.replace("\\n", "\n") + "\n", r.out(), r.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "lambda y|SyntaxError: invalid syntax",
        "f(lambda x y: 1)|SyntaxError: invalid syntax",
        "if x\\n    pass|SyntaxError: expected ':'",
        "f() += 1|SyntaxError: 'function call' is an illegal expression for augmented assignment",
        "x = y += 1|SyntaxError: invalid syntax",
        "x: int = 1|SyntaxError: annotated assignments are not supported by gilvm",
        "x += yield|SyntaxError: 'yield' outside function",
        "a, b += 1|SyntaxError: 'tuple' is an illegal expression for augmented assignment",
        "[a] += 1|SyntaxError: 'list' is an illegal expression for augmented assignment",
    })
    void errors(String source, String lastLine) {
        Gilvm.Result r = Gilvm.run("t.py", source.replace("\\n", "\n") + "\n");
        assertEquals(1, r.status(), r.out());
        String err = r.err();
        assertEquals(lastLine + "\n", err.substring(err.lastIndexOf('\n', err.length() - 2) + 1), err);
    }
}
