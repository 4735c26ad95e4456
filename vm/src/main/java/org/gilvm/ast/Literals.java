package org.gilvm.ast;

import java.math.BigInteger;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.gilvm.grammar.PythonSyntaxError;

/** Reads number and string literals the way CPython's tokenizer and parser do. */
final class Literals {
    private Literals() { }

    static BigInteger parseInt(String text) {
        String digits = text.replace("_", "");
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            char radix = Character.toLowerCase(digits.charAt(1));
            switch (radix) {
                case 'x': return new BigInteger(digits.substring(2), 16);
                case 'o': return new BigInteger(digits.substring(2), 8);
                case 'b': return new BigInteger(digits.substring(2), 2);
                default: return BigInteger.ZERO; // "00" and the like: only zeros are allowed
            }
        }
        return new BigInteger(digits);
    }

    static double parseFloat(String text) {
        return Double.parseDouble(text.replace("_", ""));
    }

    /** A string token taken apart: its prefix (lower case) and the text between its quotes. */
    private record Pieces(String prefix, String body) {
        static Pieces of(Token token) {
            String text = token.getText();
            int quote = 0;
            while (text.charAt(quote) != '\'' && text.charAt(quote) != '"') {
                quote++;
            }
            boolean triple = text.startsWith("\"\"\"", quote) || text.startsWith("\'\'\'", quote);
            int q = triple ? 3 : 1;
            return new Pieces(text.substring(0, quote).toLowerCase(), text.substring(quote + q, text.length() - q));
        }

        boolean raw() {
            return prefix.contains("r");
        }
    }

    /** The value of one str token: prefix, quotes and escapes resolved. */
    static String parseString(Token token) {
        Pieces p = Pieces.of(token);
        if (p.raw()) {
            return p.body().replace("\r\n", "\n");
        }
        return unescape(p.body(), token.getLine(), token.getCharPositionInLine() + 1);
    }

    /** The line and the (1-based) column just past the end of a token, which may span lines. */
    static int[] endOf(Token token) {
        String text = token.getText().replace("\r\n", "\n").replace('\r', '\n');
        int lastBreak = text.lastIndexOf('\n');
        int lines = (int) text.chars().filter(c -> c == '\n').count();
        int col = lastBreak < 0 ? token.getCharPositionInLine() + text.length() + 1 : text.length() - lastBreak;
        return new int[] {token.getLine() + lines, col};
    }

    /** The escapes of an f-string's literal text (the braces have been dealt with). */
    static String unescapeFString(String text, int line, int col) {
        return unescape(text, line, col);
    }

    /** Whether a STRING token is an f-string (its prefix holds an f). */
    static boolean isFString(Token token) {
        return Pieces.of(token).prefix().contains("f");
    }

    /** Whether a STRING token is a bytes literal (its prefix holds a b). */
    static boolean isBytes(Token token) {
        return Pieces.of(token).prefix().contains("b");
    }

    /** The parts of an f-string token: literals and replacement fields. */
    static List<Expr> fstringParts(Token token) {
        Pieces p = Pieces.of(token);
        return FStrings.parse(p.body().replace("\r\n", "\n"), p.raw(), token.getLine(),
                token.getCharPositionInLine() + 1);
    }

    /**
     * The value of one bytes token, as CPython's parser makes it: the source text must be ASCII
     * (escapes stand for the other bytes), and the escapes are those of CPython's
     * {@code _PyBytes_DecodeEscape}: str's without the u, U and N escapes, which stay as written.
     */
    static byte[] parseBytes(Token token) {
        Pieces p = Pieces.of(token);
        int line = token.getLine();
        int col = token.getCharPositionInLine() + 1;
        String body = p.body().replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) >= 0x80) {
                throw PythonSyntaxError.syntax("bytes can only contain ASCII literal characters", line, col);
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length());
        if (p.raw()) {
            for (int i = 0; i < body.length(); i++) {
                out.write(body.charAt(i));
            }
            return out.toByteArray();
        }
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i++);
            if (c != '\\' || i >= body.length()) {
                out.write(c);
                continue;
            }
            char e = body.charAt(i++);
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.write(e);
                case 'a' -> out.write(7);
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(0x0b);
                case 'x' -> {
                    int hi = i < body.length() ? Character.digit(body.charAt(i), 16) : -1;
                    int lo = i + 1 < body.length() ? Character.digit(body.charAt(i + 1), 16) : -1;
                    if (hi < 0 || lo < 0) {
                        // CPython names the backslash's position in the literal's text, and points
                        // past the end of the token.
                        int[] end = endOf(token);
                        throw PythonSyntaxError.syntax("(value error) invalid \\x escape at position " + (i - 2),
                                end[0], end[1]);
                    }
                    out.write(hi * 16 + lo);
                    i += 2;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int value = e - '0';
                        for (int digits = 1; digits < 3 && i < body.length() && body.charAt(i) >= '0'
                                && body.charAt(i) <= '7'; digits++) {
                            value = value * 8 + (body.charAt(i++) - '0');
                        }
                        out.write(value); // above 0o377 only the low byte is kept, as CPython 3.11 does
                    } else {
                        out.write('\\'); // unknown escapes stay as written
                        out.write(e);
                    }
                }
            }
        }
        return out.toByteArray();
    }

    private static String unescape(String body, int line, int col) {
        if (body.indexOf('\\') < 0 && body.indexOf('\r') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i++);
            if (c == '\r') {
                out.append('\n');
                if (i < body.length() && body.charAt(i) == '\n') {
                    i++;
                }
                continue;
            }
            if (c != '\\' || i >= body.length()) {
                out.append(c);
                continue;
            }
            char e = body.charAt(i++);
            switch (e) {
                case '\n' -> { }
                case '\r' -> {
                    if (i < body.length() && body.charAt(i) == '\n') {
                        i++;
                    }
                }
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case 'x' -> i = hexEscape(body, i, 2, "\\xXX", out, line, col);
                case 'u' -> i = hexEscape(body, i, 4, "\\uXXXX", out, line, col);
                case 'U' -> i = hexEscape(body, i, 8, "\\UXXXXXXXX", out, line, col);
                case 'N' -> i = namedEscape(body, i, out, line, col);
                default -> {
                    if (e >= '0' && e <= '7') {
                        int value = e - '0';
                        int digits = 1;
                        while (digits < 3 && i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '7') {
                            value = value * 8 + (body.charAt(i++) - '0');
                            digits++;
                        }
                        out.appendCodePoint(value);
                    } else {
                        out.append('\\').append(e); // unknown escapes stay as written, as in CPython
                    }
                }
            }
        }
        return out.toString();
    }

    private static int hexEscape(String body, int i, int width, String form, StringBuilder out, int line, int col) {
        if (i + width > body.length()) {
            throw truncated(form, line, col);
        }
        int value;
        try {
            value = Integer.parseUnsignedInt(body.substring(i, i + width), 16);
        } catch (NumberFormatException bad) {
            throw truncated(form, line, col);
        }
        if (value > Character.MAX_CODE_POINT) {
            throw PythonSyntaxError.syntax("(unicode error) 'unicodeescape' codec can't decode bytes: "
                    + "illegal Unicode character", line, col);
        }
        out.appendCodePoint(value);
        return i + width;
    }

    private static PythonSyntaxError truncated(String form, int line, int col) {
        return PythonSyntaxError.syntax("(unicode error) 'unicodeescape' codec can't decode bytes: truncated "
                + form + " escape", line, col);
    }

    private static int namedEscape(String body, int i, StringBuilder out, int line, int col) {
        int close = body.indexOf('}', i);
        if (i >= body.length() || body.charAt(i) != '{' || close < 0) {
            throw PythonSyntaxError.syntax("(unicode error) 'unicodeescape' codec can't decode bytes: "
                    + "malformed \\N character escape", line, col);
        }
        try {
            out.appendCodePoint(Character.codePointOf(body.substring(i + 1, close)));
        } catch (IllegalArgumentException unknown) {
            throw PythonSyntaxError.syntax("(unicode error) 'unicodeescape' codec can't decode bytes: "
                    + "unknown Unicode character name", line, col);
        }
        return close + 1;
    }
}
