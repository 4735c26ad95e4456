package org.gilvm.ast;

/** Comparison operators. The first six are rich comparisons, in CPython's Py_LT..Py_GE order. */
public enum CompareOperator {
    LT("<"), LE("<="), EQ("=="), NE("!="), GT(">"), GE(">="),
    IN("in"), NOT_IN("not in"), IS("is"), IS_NOT("is not");

    private final String symbol;

    CompareOperator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The operator with its operands swapped ({@code a < b} is {@code b > a}). */
    public CompareOperator reflected() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case GT -> LT;
            case GE -> LE;
            default -> this;
        };
    }
}
