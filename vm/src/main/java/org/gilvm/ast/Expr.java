package org.gilvm.ast;

import java.math.BigInteger;
import java.util.List;

/** Expressions. Every node knows the line and column (1-based) where it starts. */
public sealed interface Expr {
    int line();

    int col();

    /** A name; whether it is loaded, stored or deleted follows from where it stands. */
    record Name(String id, int line, int col) implements Expr { }

    record IntConst(BigInteger value, int line, int col) implements Expr { }

    record FloatConst(double value, int line, int col) implements Expr { }

    record StrConst(String value, int line, int col) implements Expr { }

    /** A bytes literal (adjacent ones already joined); the array is never changed. */
    record BytesConst(byte[] value, int line, int col) implements Expr { }

    /** An f-string: its literal parts ({@link StrConst}) and replacement fields, in order. */
    record JoinedStr(List<Expr> parts, int line, int col) implements Expr { }

    /**
     * A replacement field {@code {value!conversion:spec}}: conversion is 0, 's', 'r' or 'a'; spec
     * is null or the format spec (itself a {@link JoinedStr} or {@link StrConst}).
     */
    record FormattedValue(Expr value, char conversion, Expr spec, int line, int col) implements Expr { }

    /** True, False, None. */
    record Singleton(Kind kind, int line, int col) implements Expr {
        public enum Kind { TRUE, FALSE, NONE }
    }

    record BinOp(Expr left, BinaryOperator op, Expr right, int line, int col) implements Expr { }

    record UnaryOp(UnaryOperator op, Expr operand, int line, int col) implements Expr { }

    /** {@code a and b and c} or {@code a or b}: short-circuit, yields an operand. */
    record BoolOp(boolean isAnd, List<Expr> values, int line, int col) implements Expr { }

    /** {@code a < b <= c}: each comparison evaluates its middle operand once. */
    record Compare(Expr left, List<CompareOperator> ops, List<Expr> comparators, int line, int col)
            implements Expr { }

    record IfExp(Expr test, Expr body, Expr orElse, int line, int col) implements Expr { }

    /** A call; {@code args} are positional, {@code keywords} follow them. */
    record Call(Expr func, List<Expr> args, List<Keyword> keywords, int line, int col) implements Expr { }

    /** One {@code for target in iter if cond ...} clause of a comprehension ({@code async for} with {@code isAsync}). */
    record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) { }

    /**
     * A list, set or dict comprehension or a generator expression. {@code kind} is "listcomp",
     * "setcomp", "dictcomp" or "genexpr";
     * {@code value} is null except for a dict (then {@code elt} is the key).
     */
    record Comp(String kind, Expr elt, Expr value, List<Comprehension> generators, int line, int col) implements Expr { }

    /** {@code yield value}; value is null for a bare {@code yield}. */
    record Yield(Expr value, int line, int col) implements Expr { }

    /** {@code yield from value}. */
    record YieldFrom(Expr value, int line, int col) implements Expr { }

    /** {@code await value}, inside an {@code async def} (or an asynchronous comprehension). */
    record Await(Expr value, int line, int col) implements Expr { }

    /** {@code lambda params: body}. */
    record Lambda(List<Stmt.Param> params, Expr body, int line, int col) implements Expr { }

    record Keyword(String name, Expr value) { }

    record Attribute(Expr value, String attr, int line, int col) implements Expr { }

    record Subscript(Expr value, Expr index, int line, int col) implements Expr { }

    /** {@code lower:upper:step} inside a subscript; each part may be null. */
    record Slice(Expr lower, Expr upper, Expr step, int line, int col) implements Expr { }

    /** {@code *x} in an assignment target. */
    record Starred(Expr value, int line, int col) implements Expr { }

    record ListExpr(List<Expr> elts, int line, int col) implements Expr { }

    record TupleExpr(List<Expr> elts, int line, int col) implements Expr { }

    record SetExpr(List<Expr> elts, int line, int col) implements Expr { }

    record DictExpr(List<Expr> keys, List<Expr> values, int line, int col) implements Expr { }
}
