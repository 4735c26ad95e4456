package org.gilvm.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gilvm.Gilvm;
import org.junit.jupiter.api.Test;

/**
 * Identifiers beyond ASCII: the lexer takes any non-ASCII character into a name and
 * PythonLexerBase checks the Unicode classes, so a bad character must still be reported at its
 * own column, after whatever comes before it (the texts are CPython 3.11's).
 */
class IdentifierTest {
    private static String err(String source) {
        Gilvm.Result r = Gilvm.run("t.py", source);
        assertEquals(1, r.status(), r.out());
        return r.err();
    }

    @Test
    void lettersMarksAndDigitsOfUnicode14() {
        // é (Ll), then U+0301 (Mn) and U+0663 (Nd) inside, and U+0870, a letter new in Unicode 14.0.
        Gilvm.Result r = Gilvm.run("t.py", "été = 1\ne\u0301\u0663 = 2\n\u0870 = 3\nprint(été, e\u0301\u0663, \u0870)\n");
        assertEquals("1 2 3\n", r.out(), r.err());
    }

    @Test
    void aBadCharacterIsReportedWhereItIs() {
        assertEquals("  File \"t.py\", line 1\n    x€ = 1\n     ^\nSyntaxError: invalid character '€' (U+20AC)\n",
                err("x€ = 1\n"));
        assertEquals("  File \"t.py\", line 1\n    € = 1\n    ^\nSyntaxError: invalid character '€' (U+20AC)\n",
                err("€ = 1\n"));
        assertEquals("  File \"t.py\", line 1\n    if€ x:\n      ^\nSyntaxError: invalid character '€' (U+20AC)\n",
                err("if€ x:\n    pass\n"));
        // A digit cannot start a name: U+0663 alone is a bad character.
        assertEquals("  File \"t.py\", line 1\n    x = \u0663\n        ^\nSyntaxError: invalid character '\u0663' (U+0663)\n",
                err("x = \u0663\n"));
    }

    @Test
    void whatComesFirstIsReportedFirst() {
        String e = err("x = 1\n  yé€ = 2\n");
        assertEquals("IndentationError: unexpected indent\n", e.substring(e.lastIndexOf('\n', e.length() - 2) + 1));
    }

    @Test
    void unassignedInUnicode14IsNoLetter() {
        // U+0CF3 is a letter only since Unicode 15.0; CPython 3.11 rejects it too.
        String e = err("x\u0cf3 = 1\n");
        assertEquals("SyntaxError: invalid character '\u0cf3' (U+0CF3)\n", e.substring(e.lastIndexOf('\n', e.length() - 2) + 1));
    }
}
