package org.gilvm.ast;

import java.util.ArrayList;
import java.util.List;
import org.gilvm.grammar.PythonSyntaxError;

/**
 * Parses the inside of an f-string into literal parts and replacement fields, with CPython 3.11's
 * rules and messages: {@code {{} and {@code }}} are braces, {@code {expr!r:spec}} a field whose
 * spec may hold fields of its own, {@code {expr=}} the self-documenting form, and no backslash
 * inside an expression. Each expression is parsed by the real front end.
 */
final class FStrings {
    private final String body;
    private final boolean raw;
    private final int line;
    private final int col;
    private int pos;

    private FStrings(String body, boolean raw, int line, int col) {
        this.body = body;
        this.raw = raw;
        this.line = line;
        this.col = col;
    }

    /** The parts of one f-string literal's body (between the quotes). */
    static List<Expr> parse(String body, boolean raw, int line, int col) {
        FStrings p = new FStrings(body, raw, line, col);
        List<Expr> parts = p.parts(0);
        if (p.pos < body.length()) {
            throw p.error("single '}' is not allowed");
        }
        return parts;
    }

    private PythonSyntaxError error(String message) {
        return PythonSyntaxError.syntax("f-string: " + message, line, col);
    }

    private static PythonSyntaxError error(String message, int line, int col) {
        return PythonSyntaxError.syntax("f-string: " + message, line, col);
    }

    /** Literal text and fields until the end, or (nested in a spec) until the closing brace. */
    private List<Expr> parts(int depth) {
        List<Expr> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        while (pos < body.length()) {
            char c = body.charAt(pos);
            if (c == '{') {
                if (depth == 0 && pos + 1 < body.length() && body.charAt(pos + 1) == '{') {
                    literal.append('{');
                    pos += 2;
                    continue;
                }
                flush(literal, parts);
                pos++;
                field(parts, depth);
            } else if (c == '}') {
                if (depth > 0) {
                    break;
                }
                if (pos + 1 < body.length() && body.charAt(pos + 1) == '}') {
                    literal.append('}');
                    pos += 2;
                    continue;
                }
                throw error("single '}' is not allowed");
            } else {
                literal.append(c);
                pos++;
            }
        }
        flush(literal, parts);
        return parts;
    }

    private void flush(StringBuilder literal, List<Expr> parts) {
        if (literal.length() > 0) {
            String text = raw ? literal.toString() : Literals.unescapeFString(literal.toString(), line, col);
            parts.add(new Expr.StrConst(text, line, col));
            literal.setLength(0);
        }
    }

    /** After '{': the expression, then '=', '!conversion', ':spec', then '}'. */
    private void field(List<Expr> parts, int depth) {
        if (depth > 1) {
            throw error("expressions nested too deeply");
        }
        int start = pos;
        int end = endOfExpression();
        String text = body.substring(start, end);
        if (text.isBlank()) {
            throw error("empty expression not allowed");
        }
        if (text.indexOf('\\') >= 0) {
            throw error("expression part cannot include a backslash");
        }
        pos = end;
        boolean selfDocumenting = false;
        if (pos < body.length() && body.charAt(pos) == '=') {
            selfDocumenting = true;
            pos++;
            while (pos < body.length() && Character.isWhitespace(body.charAt(pos))) {
                pos++;
            }
        }
        int documented = pos;
        char conversion = 0;
        if (pos < body.length() && body.charAt(pos) == '!') {
            if (pos + 1 >= body.length()) {
                throw error("expecting '}'");
            }
            conversion = body.charAt(pos + 1);
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw error("invalid conversion character: expected 's', 'r', or 'a'");
            }
            pos += 2;
        }
        Expr spec = null;
        if (pos < body.length() && body.charAt(pos) == ':') {
            pos++;
            List<Expr> specParts = parts(depth + 1);
            spec = specParts.size() == 1 && specParts.get(0) instanceof Expr.StrConst s ? s
                    : new Expr.JoinedStr(specParts, line, col);
        }
        if (pos >= body.length() || body.charAt(pos) != '}') {
            throw error("expecting '}'");
        }
        pos++;
        if (selfDocumenting) {
            parts.add(new Expr.StrConst(body.substring(start, documented), line, col));
            if (conversion == 0 && spec == null) {
                conversion = 'r';
            }
        }
        parts.add(new Expr.FormattedValue(expression(text), conversion, spec, line, col));
    }

    /** Where the expression ends: the first '!', ':', '=' or '}' outside brackets and strings. */
    private int endOfExpression() {
        int depth = 0;
        int i = pos;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\'' || c == '"') {
                int close = body.indexOf(c, i + 1);
                if (close < 0) {
                    throw error("unterminated string");
                }
                i = close + 1;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (depth == 0 && (c == ':' || c == '!')) {
                if (c == '!' && i + 1 < body.length() && body.charAt(i + 1) == '=') {
                    i += 2;
                    continue;
                }
                return i;
            } else if (depth == 0 && c == '=') {
                char next = i + 1 < body.length() ? body.charAt(i + 1) : 0;
                char prev = i > pos ? body.charAt(i - 1) : 0;
                if (next != '=' && prev != '=' && prev != '!' && prev != '<' && prev != '>') {
                    return i;
                }
            }
            i++;
        }
        throw error("expecting '}'");
    }

    /** Parses one expression with the real front end, on the f-string's own line. */
    private Expr expression(String text) {
        String padded = "\n".repeat(Math.max(0, line - 1)) + "(" + text.strip() + "\n)\n";
        Module m;
        try {
            m = AstBuilder.parse(padded);
        } catch (PythonSyntaxError e) {
            throw error("invalid syntax in expression '" + text.strip() + "'", line, col);
        }
        if (m.body().size() != 1 || !(m.body().get(0) instanceof Stmt.ExprStmt s)) {
            throw error("invalid expression", line, col);
        }
        return s.value();
    }
}
