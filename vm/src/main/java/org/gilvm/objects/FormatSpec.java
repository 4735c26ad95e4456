package org.gilvm.objects;

import java.math.BigInteger;
import java.util.Locale;

/**
 * Python's format-spec mini-language,
 * {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}, as implemented by
 * CPython 3.11's {@code Python/formatter_unicode.c} for {@code int}, {@code float} and
 * {@code str}.
 *
 * <p>Errors use CPython's messages verbatim: {@link IllegalArgumentException} stands for
 * {@code ValueError} and {@link ArithmeticException} for {@code OverflowError}. Widths and
 * precisions count code points, as Python does.
 *
 * <p>The empty spec formats like {@code str(value)}; for {@code bool} and other subclasses the
 * caller must apply that rule itself before calling {@link #formatInt}.
 */
public final class FormatSpec {

    private final String text;
    private final String typeName;
    /** Fill code point; ' ' unless given or implied by the '0' flag. */
    private final int fill;
    /** Explicit alignment, or 0 when the spec leaves it to the formatted type. */
    private final char align;
    /** '+', '-', ' ' or 0. */
    private final char sign;
    private final boolean noNegZero;
    private final boolean alternate;
    /** The '0' flag before the width, when no explicit fill was given. */
    private final boolean zeroPad;
    /** -1 when absent. */
    private final long width;
    /** ',' or '_' or 0. */
    private final char grouping;
    /** -1 when absent. */
    private final long precision;
    /** Presentation type code point, 0 when absent. */
    private final int type;

    private FormatSpec(String text, String typeName, int fill, char align, char sign,
                       boolean noNegZero, boolean alternate, boolean zeroPad, long width,
                       char grouping, long precision, int type) {
        this.text = text;
        this.typeName = typeName;
        this.fill = fill;
        this.align = align;
        this.sign = sign;
        this.noNegZero = noNegZero;
        this.alternate = alternate;
        this.zeroPad = zeroPad;
        this.width = width;
        this.grouping = grouping;
        this.precision = precision;
        this.type = type;
    }

    /**
     * Parses a format spec.
     *
     * @param typeName Python type name of the value being formatted ({@code "int"},
     *                 {@code "float"}, {@code "str"}, {@code "bool"}...), which CPython names in
     *                 its error messages
     * @throws IllegalArgumentException with CPython's ValueError message
     */
    public static FormatSpec parse(String spec, String typeName) {
        return new Parser(spec, typeName).parse();
    }

    // ---------------------------------------------------------------- accessors

    /** The spec as written. */
    public String text() {
        return text;
    }

    public String typeName() {
        return typeName;
    }

    /** The fill code point: ' ' unless given explicitly or implied by the '0' flag. */
    public int fill() {
        return fill;
    }

    /** The explicit alignment ({@code < > = ^}), or 0 when not given. */
    public char align() {
        return align;
    }

    /** {@code + - ' '} or 0 when not given. */
    public char sign() {
        return sign;
    }

    /** The {@code z} option. */
    public boolean noNegZero() {
        return noNegZero;
    }

    /** The {@code #} option. */
    public boolean alternate() {
        return alternate;
    }

    /** The {@code 0} flag in front of the width (only when no explicit fill was given). */
    public boolean zeroPad() {
        return zeroPad;
    }

    /** The minimum width, or -1. */
    public long width() {
        return width;
    }

    /** {@code ','}, {@code '_'} or 0. */
    public char grouping() {
        return grouping;
    }

    /** The precision, or -1. */
    public long precision() {
        return precision;
    }

    /** The presentation type code point, or 0 when not given. */
    public int type() {
        return type;
    }

    @Override
    public String toString() {
        return "FormatSpec[" + text + "]";
    }

    // ---------------------------------------------------------------- formatting

    /** Python's {@code format(v, spec)} for an int. */
    public static String formatInt(BigInteger v, FormatSpec spec) {
        int type = spec.type == 0 ? 'd' : spec.type;
        int groupSize = spec.checkGrouping(type);
        switch (type) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                return spec.formatInteger(v, type, groupSize);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return spec.formatDouble(toDouble(v), type, groupSize);
            default:
                throw spec.unknownType(type);
        }
    }

    /** Python's {@code format(v, spec)} for a float. */
    public static String formatFloat(double v, FormatSpec spec) {
        int type = spec.type;
        int groupSize = spec.checkGrouping(type);
        switch (type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
            case '%':
                return spec.formatDouble(v, type, groupSize);
            default:
                throw spec.unknownType(type);
        }
    }

    /** Python's {@code format(v, spec)} for a str. */
    public static String formatStr(String v, FormatSpec spec) {
        int type = spec.type == 0 ? 's' : spec.type;
        spec.checkGrouping(type);
        if (type != 's') {
            throw spec.unknownType(type);
        }
        return spec.formatString(v);
    }

    // ---------------------------------------------------------------- str

    private String formatString(String v) {
        if (sign == ' ') {
            throw new IllegalArgumentException("Space not allowed in string format specifier");
        }
        if (sign != 0) {
            throw new IllegalArgumentException("Sign not allowed in string format specifier");
        }
        if (noNegZero) {
            throw new IllegalArgumentException(
                    "Negative zero coercion (z) not allowed in string format specifier");
        }
        if (alternate) {
            throw new IllegalArgumentException(
                    "Alternate form (#) not allowed in string format specifier");
        }
        char a = align == 0 ? '<' : align;
        if (a == '=') {
            throw new IllegalArgumentException(
                    "'=' alignment not allowed in string format specifier");
        }
        String body = v;
        long len = v.codePointCount(0, v.length());
        if (precision >= 0 && len > precision) {
            body = v.substring(0, v.offsetByCodePoints(0, (int) precision));
            len = precision;
        }
        long padding = Math.max(0, width - len);
        long left = a == '>' ? padding : a == '^' ? padding / 2 : 0;
        StringBuilder sb = newBuilder(body.length() + padding);
        appendFill(sb, fill, left);
        sb.append(body);
        appendFill(sb, fill, padding - left);
        return sb.toString();
    }

    // ---------------------------------------------------------------- int

    private String formatInteger(BigInteger v, int type, int groupSize) {
        if (precision != -1) {
            throw new IllegalArgumentException("Precision not allowed in integer format specifier");
        }
        if (noNegZero) {
            throw new IllegalArgumentException(
                    "Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (type == 'c') {
            return formatChar(v);
        }
        int radix = type == 'b' ? 2 : type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
        String digits = v.abs().toString(radix);
        String prefix = alternate && radix != 10 ? "0" + (char) type : "";
        if (type == 'X') {
            // CPython upper-cases the prefix along with the digits: 0XFF.
            digits = digits.toUpperCase(Locale.ROOT);
        }
        // 'n' would group per the C locale, which has no grouping (',' with 'n' is rejected).
        return layoutNumber(v.signum() < 0, prefix, digits, "", groupSize);
    }

    private String formatChar(BigInteger v) {
        if (sign != 0) {
            throw new IllegalArgumentException("Sign not allowed with integer format specifier 'c'");
        }
        if (alternate) {
            throw new IllegalArgumentException(
                    "Alternate form (#) not allowed with integer format specifier 'c'");
        }
        if (v.bitLength() > 63) {
            throw new ArithmeticException("Python int too large to convert to C long");
        }
        long cp = v.longValue();
        if (cp < 0 || cp > 0x10ffff) {
            throw new ArithmeticException("%c arg not in range(0x110000)");
        }
        // The character is laid out as a "remainder" so no grouping or zero digits touch it.
        return layoutNumber(false, "", "", new String(Character.toChars((int) cp)), 0);
    }

    /** PyNumber_Float on an int: correctly rounded, OverflowError beyond the double range. */
    private static double toDouble(BigInteger v) {
        double d = v.doubleValue();
        if (Double.isInfinite(d)) {
            throw new ArithmeticException("int too large to convert to float");
        }
        return d;
    }

    // ---------------------------------------------------------------- float

    private String formatDouble(double v, int type, int groupSize) {
        if (precision > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("precision too big");
        }
        int prec = (int) precision;
        int flags = (alternate ? FloatFormat.ALT : 0) | (noNegZero ? FloatFormat.NO_NEG_0 : 0);
        char code;
        boolean percent = false;
        switch (type) {
            case 0:
                code = 'r';
                break;
            case 'n':
                code = 'g'; // in the C locale, which CPython keeps for LC_NUMERIC
                break;
            case '%':
                code = 'f';
                v *= 100;
                percent = true;
                break;
            default:
                code = (char) type;
                break;
        }
        String s = FloatFormat.format(v, code, prec, flags);
        if (percent) {
            s += "%";
        }
        boolean negative = s.startsWith("-");
        if (negative) {
            s = s.substring(1);
        }
        int intEnd = 0;
        while (intEnd < s.length() && s.charAt(intEnd) >= '0' && s.charAt(intEnd) <= '9') {
            intEnd++;
        }
        return layoutNumber(negative, "", s.substring(0, intEnd), s.substring(intEnd), groupSize);
    }

    // ---------------------------------------------------------------- shared number layout

    /**
     * CPython's calc_number_widths + fill_number:
     * {@code [lpad][sign][prefix][spad][grouped digits][rest][rpad]}, where {@code rest} is the
     * decimal point, fraction, exponent or '%' (or the character for 'c').
     */
    private String layoutNumber(boolean negative, String prefix, String digits, String rest,
                                int groupSize) {
        char a = resolvedAlign('>');
        char signChar = sign == '+' ? (negative ? '-' : '+')
                : sign == ' ' ? (negative ? '-' : ' ')
                : negative ? '-' : 0;
        long nonDigits = (signChar != 0 ? 1 : 0) + prefix.length()
                + rest.codePointCount(0, rest.length());
        long minWidth = fill == '0' && a == '=' ? width - nonDigits : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, groupSize,
                grouping == '_' ? '_' : ',');
        long padding = Math.max(0, width - (nonDigits + grouped.length()));
        long left = 0;
        long inner = 0;
        long right = 0;
        switch (a) {
            case '<': right = padding; break;
            case '^': left = padding / 2; right = padding - left; break;
            case '=': inner = padding; break;
            default: left = padding; break;
        }
        StringBuilder sb = newBuilder(nonDigits + grouped.length() + padding);
        appendFill(sb, fill, left);
        if (signChar != 0) {
            sb.append(signChar);
        }
        sb.append(prefix);
        appendFill(sb, fill, inner);
        sb.append(grouped).append(rest);
        appendFill(sb, fill, right);
        return sb.toString();
    }

    private char resolvedAlign(char defaultAlign) {
        if (align != 0) {
            return align;
        }
        // The '0' flag implies '=' for numbers (whose default alignment is '>').
        return zeroPad && defaultAlign == '>' ? '=' : defaultAlign;
    }

    /**
     * Port of _PyUnicode_InsertThousandsGrouping: inserts a separator every {@code groupSize}
     * digits from the right (never when 0), padding with '0' digits, which are grouped too,
     * until {@code minWidth} characters are used.
     */
    private static String group(String digits, long minWidth, int groupSize, char sep) {
        minWidth = Math.max(0, minWidth);
        StringBuilder rev = newBuilder(Math.max(digits.length(), minWidth) * 4 / 3 + 2);
        int remaining = digits.length();
        boolean useSep = false;
        boolean done = false;
        if (groupSize > 0) {
            while (true) {
                long len = Math.min(groupSize, Math.max(Math.max(remaining, minWidth), 1));
                remaining = emitGroup(rev, digits, remaining, len, useSep, sep);
                useSep = true;
                minWidth -= len;
                if (remaining <= 0 && minWidth <= 0) {
                    done = true;
                    break;
                }
                minWidth -= 1;
            }
        }
        if (!done) {
            long len = Math.max(Math.max(remaining, minWidth), 1);
            emitGroup(rev, digits, remaining, len, useSep, sep);
        }
        return rev.reverse().toString();
    }

    /** Appends (reversed) one group of {@code len} characters; returns digits still left. */
    private static int emitGroup(StringBuilder rev, String digits, int remaining, long len,
                                 boolean useSep, char sep) {
        long zeros = Math.max(0, len - remaining);
        int chars = (int) Math.max(0, Math.min(remaining, len));
        if (useSep) {
            rev.append(sep);
        }
        for (int i = 1; i <= chars; i++) {
            rev.append(digits.charAt(remaining - i));
        }
        for (long i = 0; i < zeros; i++) {
            rev.append('0');
        }
        return remaining - chars;
    }

    private static StringBuilder newBuilder(long capacity) {
        if (capacity > Integer.MAX_VALUE - 16) {
            // CPython raises MemoryError for such widths as well.
            throw new OutOfMemoryError("format width too large");
        }
        return new StringBuilder((int) capacity);
    }

    private static void appendFill(StringBuilder sb, int fill, long n) {
        for (long i = 0; i < n; i++) {
            sb.appendCodePoint(fill);
        }
    }

    // ---------------------------------------------------------------- validation

    /**
     * The type-dependent part of CPython's spec parsing (it runs before any formatting):
     * which presentation types allow ',' or '_'. Returns the group size to use.
     */
    private int checkGrouping(int effectiveType) {
        if (grouping == 0) {
            return 0;
        }
        switch (effectiveType) {
            case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
            case 0:
                return 3;
            case 'b': case 'o': case 'x': case 'X':
                if (grouping == '_') {
                    return 4;
                }
                break;
            default:
                break;
        }
        throw new IllegalArgumentException("Cannot specify '" + grouping + "' with "
                + describe(effectiveType) + ".");
    }

    private IllegalArgumentException unknownType(int type) {
        return new IllegalArgumentException("Unknown format code " + describe(type)
                + " for object of type '" + typeName + "'");
    }

    /** CPython prints printable ASCII codes as is and everything else as '\x..'. */
    private static String describe(int code) {
        if (code > 32 && code < 128) {
            return "'" + (char) code + "'";
        }
        return "'\\x" + Integer.toHexString(code) + "'";
    }

    // ---------------------------------------------------------------- parser

    /** Port of CPython 3.11's parse_internal_render_format_spec. */
    private static final class Parser {
        private final String text;
        private final String typeName;
        private final int[] cps;
        private int pos;

        Parser(String text, String typeName) {
            this.text = text;
            this.typeName = typeName;
            this.cps = text.codePoints().toArray();
        }

        FormatSpec parse() {
            int fill = ' ';
            char align = 0;
            boolean fillGiven = false;
            if (remaining() >= 2 && isAlign(cps[pos + 1])) {
                fill = cps[pos];
                align = (char) cps[pos + 1];
                fillGiven = true;
                pos += 2;
            } else if (remaining() >= 1 && isAlign(cps[pos])) {
                align = (char) cps[pos++];
            }
            char sign = 0;
            if (remaining() >= 1 && (peek() == '+' || peek() == '-' || peek() == ' ')) {
                sign = (char) cps[pos++];
            }
            boolean noNegZero = accept('z');
            boolean alternate = accept('#');
            boolean zeroPad = false;
            if (!fillGiven && accept('0')) {
                fill = '0';
                zeroPad = true;
            }
            long width = integer();
            char grouping = 0;
            if (accept(',')) {
                grouping = ',';
            }
            if (remaining() > 0 && peek() == '_') {
                if (grouping != 0) {
                    throw bothSeparators();
                }
                grouping = '_';
                pos++;
            }
            if (remaining() > 0 && peek() == ',' && grouping == '_') {
                throw bothSeparators();
            }
            long precision = -1;
            if (accept('.')) {
                precision = integer();
                if (precision < 0) {
                    throw new IllegalArgumentException("Format specifier missing precision");
                }
            }
            if (remaining() > 1) {
                throw new IllegalArgumentException("Invalid format specifier '" + text
                        + "' for object of type '" + typeName + "'");
            }
            int type = remaining() == 1 ? cps[pos++] : 0;
            return new FormatSpec(text, typeName, fill, align, sign, noNegZero, alternate,
                    zeroPad, width, grouping, precision, type);
        }

        private int remaining() {
            return cps.length - pos;
        }

        private int peek() {
            return cps[pos];
        }

        private boolean accept(char c) {
            if (remaining() > 0 && cps[pos] == c) {
                pos++;
                return true;
            }
            return false;
        }

        /** Decimal digits (any script, as Py_UNICODE_TODECIMAL), or -1 when there are none. */
        private long integer() {
            long acc = 0;
            int start = pos;
            while (pos < cps.length) {
                int cp = cps[pos];
                if (Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) {
                    break;
                }
                int digit = Character.digit(cp, 10);
                if (acc > (Long.MAX_VALUE - digit) / 10) {
                    throw new IllegalArgumentException("Too many decimal digits in format string");
                }
                acc = acc * 10 + digit;
                pos++;
            }
            return pos == start ? -1 : acc;
        }

        private static boolean isAlign(int c) {
            return c == '<' || c == '>' || c == '=' || c == '^';
        }

        private static IllegalArgumentException bothSeparators() {
            return new IllegalArgumentException("Cannot specify both ',' and '_'.");
        }
    }
}
