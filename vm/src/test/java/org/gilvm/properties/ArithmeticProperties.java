package org.gilvm.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gilvm.Gilvm;

/**
 * Random arithmetic expressions give in gilvm what an independent reference evaluator, written here
 * with Python's rules (floor division and modulo follow the divisor's sign; int/int is a float;
 * ints never overflow), says they give. Floats print through repr, so this also checks float
 * formatting; expected error lines are CPython's.
 */
class ArithmeticProperties {

    /** An expression tree: its Python text and its value (BigInteger or Double), or the error it raises. */
    record Expr(String text, Object value) { }

    @Property(tries = 300)
    void gilvmAgreesWithThePythonRules(@ForAll("expressions") Expr e) {
        Gilvm.Result r = Gilvm.run("arith.py", "print(repr(" + e.text() + "))\n");
        if (e.value() instanceof String error) {
            assertEquals(1, r.status(), e.text());
            assertEquals(error, r.err().strip().lines().reduce((a, b) -> b).orElse(""), e.text());
        } else {
            assertEquals(expectedRepr(e.value()), r.out().strip(), e.text());
        }
    }

    private static String expectedRepr(Object v) {
        if (v instanceof BigInteger i) {
            return i.toString();
        }
        double d = (Double) v;
        // Independent of gilvm's own float printer: BigDecimal finds the shortest round-tripping digits.
        return ShortestRepr.of(d);
    }

    @Provide
    Arbitrary<Expr> expressions() {
        return expr(3);
    }

    private Arbitrary<Expr> expr(int depth) {
        Arbitrary<Expr> ints = Arbitraries.longs().between(-1000, 1000)
                .map(v -> new Expr(v < 0 ? "(" + v + ")" : String.valueOf(v), BigInteger.valueOf(v)));
        Arbitrary<Expr> floats = Arbitraries.integers().between(-400, 400)
                .map(k -> k * 0.25).map(d -> new Expr(d < 0 ? "(" + d + ")" : String.valueOf(d), d));
        Arbitrary<Expr> leaf = Arbitraries.oneOf(ints, ints, floats);
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Expr> sub = expr(depth - 1);
        Arbitrary<Expr> binary = net.jqwik.api.Combinators.combine(sub, Arbitraries.of("+", "-", "*", "//", "%", "/"), sub)
                .as(ArithmeticProperties::apply);
        return Arbitraries.oneOf(leaf, binary, binary);
    }

    static Expr apply(Expr a, String op, Expr b) {
        String text = "(" + a.text() + " " + op + " " + b.text() + ")";
        if (a.value() instanceof String) {
            return new Expr(text, a.value());
        }
        if (b.value() instanceof String) {
            return new Expr(text, b.value());
        }
        if (a.value() instanceof BigInteger x && b.value() instanceof BigInteger y) {
            return new Expr(text, intOp(x, op, y));
        }
        double x = toDouble(a.value());
        double y = toDouble(b.value());
        return new Expr(text, floatOp(x, op, y));
    }

    private static double toDouble(Object v) {
        return v instanceof BigInteger i ? i.doubleValue() : (Double) v;
    }

    private static Object intOp(BigInteger x, String op, BigInteger y) {
        switch (op) {
            case "+": return x.add(y);
            case "-": return x.subtract(y);
            case "*": return x.multiply(y);
            case "/":
                if (y.signum() == 0) {
                    return "ZeroDivisionError: division by zero";
                }
                if (x.signum() == 0) {
                    // BigDecimal has no negative zero; CPython's int true division keeps the sign: 0 / -1 == -0.0.
                    return y.signum() < 0 ? -0.0 : 0.0;
                }
                return new java.math.BigDecimal(x).divide(new java.math.BigDecimal(y), java.math.MathContext.DECIMAL128)
                        .doubleValue();
            default:
                if (y.signum() == 0) {
                    return op.equals("//") ? "ZeroDivisionError: integer division or modulo by zero"
                            : "ZeroDivisionError: integer modulo by zero";
                }
                BigInteger[] qr = x.divideAndRemainder(y);
                BigInteger q = qr[0];
                BigInteger r = qr[1];
                if (r.signum() != 0 && r.signum() != y.signum()) {
                    q = q.subtract(BigInteger.ONE);
                    r = r.add(y);
                }
                return op.equals("//") ? q : r;
        }
    }

    /** CPython's float_div, float_floor_div and float_rem (Objects/floatobject.c). */
    private static Object floatOp(double x, String op, double y) {
        switch (op) {
            case "+": return x + y;
            case "-": return x - y;
            case "*": return x * y;
            case "/": return y == 0 ? "ZeroDivisionError: float division by zero" : x / y;
            default:
                if (y == 0) {
                    return op.equals("//") ? "ZeroDivisionError: float floor division by zero"
                            : "ZeroDivisionError: float modulo";
                }
                double mod = x % y;
                double div = (x - mod) / y;
                if (mod != 0) {
                    if ((y < 0) != (mod < 0)) {
                        mod += y;
                        div -= 1.0;
                    }
                } else {
                    mod = Math.copySign(0.0, y);
                }
                double floordiv;
                if (div != 0) {
                    floordiv = Math.floor(div);
                    if (div - floordiv > 0.5) {
                        floordiv += 1.0;
                    }
                } else {
                    floordiv = Math.copySign(0.0, x / y);
                }
                return op.equals("//") ? floordiv : mod;
        }
    }
}
