package org.gilvm.properties;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gilvm.bytecode.Source;
import org.gilvm.compiler.Compiler;
import org.gilvm.grammar.PythonSyntaxError;

/** Whatever text arrives, the front end answers with a compiled module or a SyntaxError, nothing else. */
class FrontEndFuzzProperties {
    private static final List<String> TOKENS = List.of(
            "def", "class", "if", "elif", "else", "while", "for", "in", "return", "lambda", "try", "except",
            "with", "as", "import", "from", "global", "nonlocal", "del", "pass", "break", "continue", "not",
            "and", "or", "is", "None", "True", "False", "yield", "async", "await", "x", "y", "f", "0", "1.5",
            "10**20", "'s'", "\"t\"", "'''u'''", "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "=", "==",
            "+", "-", "*", "**", "/", "//", "%", "<", ">", "<=", "!=", "+=", "->", "@", "~", "\n", "\n    ",
            "\n\t", "\\\n", "#c", " ", "  ", "$", "?", "'", "\"");

    @Property(tries = 500)
    void randomBytesNeverCrashTheFrontEnd(@ForAll byte[] bytes) {
        compile(new String(bytes, StandardCharsets.UTF_8));
    }

    @Property(tries = 1000)
    void tokenSoupsNeverCrashTheFrontEnd(@ForAll("soups") String source) {
        compile(source);
    }

    @Provide
    Arbitrary<String> soups() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(40).map(tokens -> String.join(" ", tokens));
    }

    /** Succeeds or throws PythonSyntaxError; any other exception fails the property. */
    private static void compile(String text) {
        try {
            Compiler.compileModule(new Source("fuzz.py", text));
        } catch (PythonSyntaxError expected) {
            if (expected.line() < 1) {
                throw new AssertionError("syntax error without a line: " + expected.getMessage());
            }
        }
    }
}
