package org.gilvm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * FloatFormat against vectors produced by CPython 3.11 (see
 * src/test/resources/float/gen_vectors.py), plus readable checks of the famous cases.
 */
class FloatFormatTest {

    // ---------------------------------------------------------------- tables

    @Test
    void schubfachTableMatchesItsDefinition() {
        // g(k) = floor(10^-k * 2^(125 - flog2pow10(-k))) + 1, computed here the slow, obvious way.
        for (int k = -324; k <= 292; k++) {
            int shift = 125 - FloatFormat.flog2pow10(-k);
            BigInteger g = k <= 0 ? BigInteger.TEN.pow(-k).shiftLeft(shift)
                    : BigInteger.ONE.shiftLeft(shift).divide(BigInteger.TEN.pow(k));
            g = g.add(BigInteger.ONE);
            long[] table = FloatFormat.g(k);
            assertEquals(g.shiftRight(63).longValueExact(), table[0], "g1 of k=" + k);
            assertEquals(g.longValue() & 0x7fff_ffff_ffff_ffffL, table[1], "g0 of k=" + k);
        }
    }

    // ---------------------------------------------------------------- famous cases

    @Test
    void famousReprs() {
        assertEquals("0.30000000000000004", FloatFormat.repr(0.1 + 0.2));
        assertEquals("0.1", FloatFormat.repr(0.1));
        assertEquals("1e+16", FloatFormat.repr(1e16));
        assertEquals("1e+22", FloatFormat.repr(1e22));
        assertEquals("1e+23", FloatFormat.repr(1e23));
        assertEquals("2e+23", FloatFormat.repr(2e23));
        assertEquals("5e-324", FloatFormat.repr(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", FloatFormat.repr(Double.MAX_VALUE));
        assertEquals("1e-05", FloatFormat.repr(1e-5));
        assertEquals("0.0001", FloatFormat.repr(1e-4));
        assertEquals("123456789012345.0", FloatFormat.repr(123456789012345.0));
        assertEquals("1234567890123456.0", FloatFormat.repr(1234567890123456.0));
        assertEquals("1.2345678901234568e+16", FloatFormat.repr(12345678901234567.0));
        assertEquals("-0.0", FloatFormat.repr(-0.0));
        assertEquals("0.0", FloatFormat.repr(0.0));
        assertEquals("inf", FloatFormat.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", FloatFormat.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", FloatFormat.repr(Double.NaN));
        assertEquals("2.675", FloatFormat.repr(2.675));
    }

    @Test
    void famousFormats() {
        assertEquals("1e-05", FloatFormat.format(1e-5, 'g', -1, false));
        assertEquals("2.67", FloatFormat.format(2.675, 'f', 2, false));
        assertEquals("0.12", FloatFormat.format(0.125, 'f', 2, false));
        assertEquals("0.38", FloatFormat.format(0.375, 'f', 2, false));
        assertEquals("2", FloatFormat.format(2.5, 'f', 0, false));
        assertEquals("2.", FloatFormat.format(2.5, 'f', 0, true));
        assertEquals("1.000e+05", FloatFormat.format(1e5, 'e', 3, false));
        assertEquals("1.0E+100", FloatFormat.format(1e100, 'E', 1, false));
        assertEquals("1.0", FloatFormat.format(1.0, 'r', 3, false));
        assertEquals("1.2e+03", FloatFormat.format(1234.5, 'r', 2, false));
        assertEquals("123457", FloatFormat.format(123456.7, 'g', -1, false));
        assertEquals("1.23457e+06", FloatFormat.format(1234567.0, 'g', -1, false));
        assertEquals("1.00000", FloatFormat.format(1.0, 'g', -1, true));
        assertEquals("INF", FloatFormat.format(Double.POSITIVE_INFINITY, 'F', 2, false));
        assertEquals("0.100000000000000005551", FloatFormat.format(0.1, 'f', 21, false));
    }

    @Test
    void famousRounds() {
        assertEquals(2.67, FloatFormat.round(2.675, 2));
        assertEquals(0.12, FloatFormat.round(0.125, 2));
        assertEquals(1200.0, FloatFormat.round(1234.5678, -2));
        assertEquals(1234.57, FloatFormat.round(1234.5678, 2));
        assertEquals(2.0, FloatFormat.round(2.5, 0));
        assertEquals(-0.0, FloatFormat.round(-0.4, 0));
        assertEquals(0.1, FloatFormat.round(0.1, 400));
        assertEquals(0.0, FloatFormat.round(123.0, -400));
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> FloatFormat.round(Double.MAX_VALUE, -308));
        assertEquals("rounded value too large to represent", e.getMessage());
    }

    @Test
    void famousDivMod() {
        assertEquals(-0.0, FloatFormat.floorDiv(-0.0, 5.0));
        assertEquals(0.0, FloatFormat.floorMod(-0.0, 5.0));
        assertEquals(-2.0, FloatFormat.floorDiv(-5.0, 3.0));
        assertEquals(1.0, FloatFormat.floorMod(-5.0, 3.0));
        assertEquals(-1.0, FloatFormat.floorMod(5.0, -3.0));
        assertEquals(9.0, FloatFormat.floorDiv(1.0, 0.1));
        assertEquals(Double.POSITIVE_INFINITY, FloatFormat.floorMod(-5.0, Double.POSITIVE_INFINITY));
        assertEquals(-1.0, FloatFormat.floorDiv(-5.0, Double.POSITIVE_INFINITY));
    }

    @Test
    void famousParses() {
        assertEquals(1000.5, FloatFormat.parse("1_000.5"));
        assertEquals(-3.5, FloatFormat.parse("\t-3.5\n"));
        assertEquals(Double.NEGATIVE_INFINITY, FloatFormat.parse("-Infinity"));
        assertTrue(Double.isNaN(FloatFormat.parse("nan")));
        assertEquals(123.0, FloatFormat.parse("\u0661\u0662\u0663"));
        for (String bad : new String[] {"abc", "1d", "1.0f", "0x10", "0x1p3", "1e", "1__0", "_1",
                "1_", "", " ", ".", "infinit", "NaN(1)", "1 2"}) {
            NumberFormatException e = assertThrows(NumberFormatException.class,
                    () -> FloatFormat.parse(bad), bad);
            assertEquals(bad, e.getMessage());
        }
    }

    // ---------------------------------------------------------------- CPython vectors

    @Test
    void reprMatchesCPython() {
        List<String[]> rows = readVectors("repr.tsv");
        assertTrue(rows.size() >= 20_000);
        Failures failures = new Failures();
        for (String[] r : rows) {
            failures.check(r[1], FloatFormat.repr(bits(r[0])), r[0]);
        }
        failures.assertNone("repr", rows.size());
    }

    @Test
    void formatMatchesCPython() {
        List<String[]> rows = readVectors("format.tsv");
        Failures failures = new Failures();
        for (String[] r : rows) {
            String spec = r[1];
            boolean alt = spec.startsWith("#");
            String rest = alt ? spec.substring(1) : spec;
            char type = 'r';
            if (!rest.isEmpty() && Character.isLetter(rest.charAt(rest.length() - 1))) {
                type = rest.charAt(rest.length() - 1);
                rest = rest.substring(0, rest.length() - 1);
            }
            int precision = rest.isEmpty() ? -1 : Integer.parseInt(rest.substring(1));
            String actual = FloatFormat.format(bits(r[0]), type, precision, alt);
            failures.check(r[2], actual, r[0] + " " + spec);
        }
        failures.assertNone("format", rows.size());
    }

    @Test
    void roundMatchesCPython() {
        List<String[]> rows = readVectors("round.tsv");
        Failures failures = new Failures();
        for (String[] r : rows) {
            double x = bits(r[0]);
            int n = Integer.parseInt(r[1]);
            String actual;
            try {
                actual = hex(FloatFormat.round(x, n));
            } catch (ArithmeticException e) {
                actual = "OverflowError";
            }
            failures.check(r[2], actual, r[0] + " " + n);
        }
        failures.assertNone("round", rows.size());
    }

    @Test
    void floorDivAndModMatchCPython() {
        List<String[]> rows = readVectors("divmod.tsv");
        Failures failures = new Failures();
        for (String[] r : rows) {
            double a = bits(r[0]);
            double b = bits(r[1]);
            failures.check(canon(r[2]), canon(hex(FloatFormat.floorDiv(a, b))), r[0] + " // " + r[1]);
            failures.check(canon(r[3]), canon(hex(FloatFormat.floorMod(a, b))), r[0] + " % " + r[1]);
        }
        failures.assertNone("divmod", rows.size());
    }

    @Test
    void parseMatchesCPython() {
        List<String[]> rows = readVectors("parse.tsv");
        Failures failures = new Failures();
        for (String[] r : rows) {
            String input = unescape(r[0]);
            String actual;
            try {
                actual = hex(FloatFormat.parse(input));
            } catch (NumberFormatException e) {
                actual = input.equals(e.getMessage()) ? "ValueError" : "bad message " + e;
            }
            failures.check(r[1], actual, r[0]);
        }
        failures.assertNone("parse", rows.size());
    }

    // ---------------------------------------------------------------- properties

    /** An independent, slow definition of Gay's shortest digits, checked on random doubles. */
    @Test
    void reprAgreesWithBruteForceShortest() {
        SplittableRandom rnd = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            double x = Double.longBitsToDouble(rnd.nextLong() & Long.MAX_VALUE);
            if (i % 4 == 1) {
                x = Double.longBitsToDouble(rnd.nextLong(1L << 52)); // subnormal
            } else if (i % 4 == 2) {
                x = Math.scalb(1.0, rnd.nextInt(-1074, 1024)); // lopsided intervals
            }
            if (!Double.isFinite(x) || x == 0) {
                continue;
            }
            BigDecimal expected = bruteForceShortest(x);
            BigDecimal actual = new BigDecimal(FloatFormat.repr(x));
            assertEquals(0, expected.compareTo(actual), () -> expected + " vs " + actual);
            assertEquals(expected.stripTrailingZeros().precision(),
                    actual.stripTrailingZeros().precision());
        }
    }

    private static BigDecimal bruteForceShortest(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int n = 1; n <= 17; n++) {
            BigDecimal best = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal candidate = exact.round(new MathContext(n, mode));
                if (Double.parseDouble(candidate.toString()) != x) {
                    continue;
                }
                if (best == null) {
                    best = candidate;
                    continue;
                }
                int cmp = candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs());
                if (cmp < 0 || cmp == 0 && candidate.unscaledValue().testBit(0) == false) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best;
            }
        }
        throw new AssertionError("no 17-digit representation for " + x);
    }

    @Test
    void reprRoundTripsOnRandomBitPatterns() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 300_000; i++) {
            double x = Double.longBitsToDouble(rnd.nextLong());
            if (Double.isFinite(x)) {
                String s = FloatFormat.repr(x);
                assertEquals(Double.doubleToRawLongBits(x),
                        Double.doubleToRawLongBits(FloatFormat.parse(s)), s);
            }
        }
    }

    /** The 64/128-bit fast paths of half-even decimal rounding against BigDecimal. */
    @Test
    void roundingToPowersOfTenAgreesWithBigDecimal() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 200_000; i++) {
            double x = Double.longBitsToDouble(rnd.nextLong(0x7ff0_0000_0000_0000L));
            if (i % 3 == 0) {
                // exact binary fractions put many cases exactly half-way
                x = Math.scalb((double) rnd.nextLong(1, 1L << rnd.nextInt(1, 54)),
                        rnd.nextInt(-80, 80));
            }
            if (x == 0) {
                continue;
            }
            int mag = (int) Math.floor(Math.log10(x));
            int j = i % 5 == 0 ? rnd.nextInt(-1100, 330) : mag - rnd.nextInt(-3, 40);
            String expected = new BigDecimal(x).scaleByPowerOfTen(-j)
                    .setScale(0, RoundingMode.HALF_EVEN).toPlainString();
            String actual = FloatFormat.roundToPow10(x, j);
            double fx = x;
            assertEquals(expected, actual, () -> fx + " at 10^" + j);
        }
    }

    @Test
    void magicConstantsMatchExactLogarithms() {
        for (int e = -1100; e <= 1100; e++) {
            assertEquals(floorLog10OfPow2(e, 1, 1), FloatFormat.flog10pow2(e), "log10 2^" + e);
            assertEquals(floorLog10OfPow2(e, 3, 4), FloatFormat.flog10threeQuartersPow2(e));
        }
        for (int e = -400; e <= 400; e++) {
            // 10^n (n > 0) is no power of two, so floor(log2 10^-n) = -ceil(log2 10^n).
            int expected = e >= 0 ? BigInteger.TEN.pow(e).bitLength() - 1
                    : -BigInteger.TEN.pow(-e).bitLength();
            assertEquals(expected, FloatFormat.flog2pow10(e), "log2 10^" + e);
        }
    }

    /** floor(log10(num/den * 2^e)) by exact comparison. */
    private static int floorLog10OfPow2(int e, int num, int den) {
        BigDecimal v = new BigDecimal(num).divide(new BigDecimal(den))
                .multiply(e >= 0 ? new BigDecimal(BigInteger.ONE.shiftLeft(e))
                        : BigDecimal.ONE.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-e))));
        int k = v.precision() - v.scale() - 1;
        return v.compareTo(BigDecimal.ONE.scaleByPowerOfTen(k)) < 0 ? k - 1 : k;
    }

    // ---------------------------------------------------------------- vector helpers

    static double bits(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    static String hex(double d) {
        return String.format("%016x", Double.doubleToRawLongBits(d));
    }

    /**
     * Bits for comparison of arithmetic results: the sign and payload of a NaN produced by
     * C's fmod or by Java's % are platform details that Python code cannot observe via repr.
     */
    static String canon(String hex) {
        return Double.isNaN(bits(hex)) ? "nan" : hex;
    }

    /** Rows of a tab-separated vector file from the classpath, minus the '#' header line. */
    static List<String[]> readVectors(String name) {
        InputStream in = FloatFormatTest.class.getResourceAsStream("/float/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource /float/" + name);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Undoes gen_vectors.py's esc(): \\ \t \n \r \\uXXXX \\UXXXXXXXX. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char k = s.charAt(++i);
            switch (k) {
                case '\\': sb.append('\\'); break;
                case 't': sb.append('\t'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 'u':
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                    break;
                case 'U':
                    sb.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 9), 16));
                    i += 8;
                    break;
                default:
                    throw new IllegalArgumentException("bad escape in " + s);
            }
        }
        return sb.toString();
    }

    /** gen_vectors.py's esc(), so results and messages compare in their stored form. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\\') {
                sb.append("\\\\");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp >= 32 && cp < 127) {
                sb.append((char) cp);
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }

    /** Collects mismatches so one run reports the first few of them and the total. */
    static final class Failures {
        private final List<String> messages = new ArrayList<>();
        private int count;

        void check(String expected, String actual, String context) {
            if (!expected.equals(actual)) {
                count++;
                if (messages.size() < 20) {
                    messages.add(context + ": expected <" + expected + "> but was <" + actual + ">");
                }
            }
        }

        void assertNone(String what, int rows) {
            if (count > 0) {
                fail(count + " of " + rows + " " + what + " vectors differ:\n"
                        + String.join("\n", messages));
            }
        }
    }
}
