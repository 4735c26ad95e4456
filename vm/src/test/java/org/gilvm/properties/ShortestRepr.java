package org.gilvm.properties;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A slow, obviously-correct float repr for tests: try 1, 2, ... 17 significant digits (correctly
 * rounded by BigDecimal from the exact binary value) until the text reads back as the same double,
 * then lay it out by Python's rules. Written apart from gilvm's fast printer, to check it.
 */
final class ShortestRepr {
    private ShortestRepr() { }

    static String of(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(d);
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == d) {
                return layout(candidate);
            }
        }
        throw new AssertionError("no repr for " + d);
    }

    private static String layout(BigDecimal v) {
        String sign = v.signum() < 0 ? "-" : "";
        BigDecimal abs = v.abs().stripTrailingZeros();
        String digits = abs.unscaledValue().toString();
        int exponent = digits.length() - 1 - abs.scale(); // decimal exponent of the first digit
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        if (exponent >= digits.length() - 1) {
            return sign + digits + "0".repeat(exponent - digits.length() + 1) + ".0";
        }
        if (exponent >= 0) {
            return sign + digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
        }
        return sign + "0." + "0".repeat(-exponent - 1) + digits;
    }
}
