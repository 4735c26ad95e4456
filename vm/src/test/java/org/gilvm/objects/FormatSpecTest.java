package org.gilvm.objects;

import static org.gilvm.objects.FloatFormatTest.bits;
import static org.gilvm.objects.FloatFormatTest.readVectors;
import static org.gilvm.objects.FloatFormatTest.unescape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * FormatSpec against {@code format(value, spec)} results and error messages recorded from
 * CPython 3.11 (see src/test/resources/float/gen_vectors.py).
 */
class FormatSpecTest {

    private static String fmt(long v, String spec) {
        return FormatSpec.formatInt(BigInteger.valueOf(v), FormatSpec.parse(spec, "int"));
    }

    private static String fmt(double v, String spec) {
        return FormatSpec.formatFloat(v, FormatSpec.parse(spec, "float"));
    }

    private static String fmt(String v, String spec) {
        return FormatSpec.formatStr(v, FormatSpec.parse(spec, "str"));
    }

    @Test
    void integers() {
        assertEquals("1,234,567", fmt(1234567, ","));
        assertEquals("1_234_567", fmt(1234567, "_"));
        assertEquals("0xff", fmt(255, "#x"));
        assertEquals("-0XFF", fmt(-255, "#X"));
        assertEquals("0b1111_1111", fmt(255, "#_b"));
        assertEquals("0,001,234", fmt(1234, "09,"));
        assertEquals("-0,001,234", fmt(-1234, "0=9,"));
        assertEquals("1,2340000", fmt(1234, "<09,"));
        assertEquals("+42", fmt(42, "+"));
        assertEquals(" 42", fmt(42, " "));
        assertEquals("-xxxx5", fmt(-5, "x=6"));
        assertEquals("==5==", fmt(5, "=^5"));
        assertEquals("0000A", fmt(65, "05c"));
        assertEquals("1.234567e+06", fmt(1234567, "e"));
        assertEquals("1.235e+06", fmt(1234567, ".3e"));
        assertEquals("100.00%", fmt(1, ".2%"));
    }

    @Test
    void floats() {
        assertEquals("3.14", fmt(3.14159, ".2f"));
        assertEquals("1,234,567.89", fmt(1234567.891, ",.2f"));
        assertEquals("12.500000%", fmt(0.125, "%"));
        assertEquals("1.0", fmt(1.0, ".3"));
        assertEquals("1.2e+03", fmt(1234.5, ".2"));
        assertEquals("0.0", fmt(-0.0, "z"));
        assertEquals("-0.0", fmt(-0.0, ""));
        assertEquals("0000000nan", fmt(Double.NaN, "010"));
        assertEquals("+nan", fmt(Double.NaN, "+"));
        assertEquals("001.5", fmt(1.5, "05"));
        assertEquals("1.e+16", fmt(1e16, "#"));
        assertEquals("   2.50", fmt(2.5, "7.2f"));
    }

    @Test
    void strings() {
        assertEquals("ab   ", fmt("ab", "5"));
        assertEquals("ab000", fmt("ab", "05"));
        assertEquals("000ab", fmt("ab", "0>5"));
        assertEquals("xxabcxx", fmt("abc", "x^7"));
        assertEquals("he", fmt("hello", ".2"));
        // widths count code points, not UTF-16 units
        assertEquals("*\uD83D\uDE00x**", fmt("\uD83D\uDE00x", "*^5"));
        assertEquals("\u00e9\u00e9ab\u00e9\u00e9", fmt("ab", "\u00e9^6"));
    }

    @Test
    void errorsUseCPythonMessages() {
        assertError("Invalid format specifier 'abc' for object of type 'int'",
                () -> FormatSpec.parse("abc", "int"));
        assertError("Format specifier missing precision", () -> FormatSpec.parse(".", "float"));
        assertError("Cannot specify both ',' and '_'.", () -> FormatSpec.parse(",_", "int"));
        assertError("Unknown format code 'x' for object of type 'str'", () -> fmt("s", "x"));
        assertError("Unknown format code 'd' for object of type 'float'", () -> fmt(1.0, "d"));
        assertError("Cannot specify ',' with 's'.", () -> fmt("s", ","));
        assertError("Sign not allowed in string format specifier", () -> fmt("s", "+"));
        assertError("Precision not allowed in integer format specifier", () -> fmt(5, ".2"));
        assertError("Unknown format code '\\xe9' for object of type 'int'", () -> fmt(5, "\u00e9"));
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> fmt(-1, "c"));
        assertEquals("%c arg not in range(0x110000)", e.getMessage());
    }

    private static void assertError(String message, Runnable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertEquals(message, e.getMessage());
    }

    // ---------------------------------------------------------------- CPython vectors

    @Test
    void formatSpecMatchesCPython() {
        List<String[]> rows = readVectors("formatspec.tsv");
        FloatFormatTest.Failures failures = new FloatFormatTest.Failures();
        for (String[] r : rows) {
            String kind = r[0];
            String spec = unescape(r[2]);
            String actual;
            try {
                actual = FloatFormatTest.escape(format(kind, r[1], spec));
            } catch (IllegalArgumentException e) {
                actual = "!ValueError: " + FloatFormatTest.escape(e.getMessage());
            } catch (ArithmeticException e) {
                actual = "!OverflowError: " + FloatFormatTest.escape(e.getMessage());
            }
            failures.check(r[3], actual, kind + " " + r[1] + " '" + r[2] + "'");
        }
        failures.assertNone("format spec", rows.size());
    }

    private static String format(String kind, String value, String spec) {
        switch (kind) {
            case "int":
                return FormatSpec.formatInt(new BigInteger(value), FormatSpec.parse(spec, "int"));
            case "float":
                return FormatSpec.formatFloat(bits(value), FormatSpec.parse(spec, "float"));
            default:
                return FormatSpec.formatStr(unescape(value), FormatSpec.parse(spec, "str"));
        }
    }

    /** The float-only vectors once more, through the full spec path. */
    @Test
    void floatVectorsThroughFormatSpec() {
        List<String[]> rows = readVectors("format.tsv");
        FloatFormatTest.Failures failures = new FloatFormatTest.Failures();
        for (String[] r : rows) {
            failures.check(r[2], fmt(bits(r[0]), r[1]), r[0] + " " + r[1]);
        }
        failures.assertNone("format", rows.size());
    }
}
