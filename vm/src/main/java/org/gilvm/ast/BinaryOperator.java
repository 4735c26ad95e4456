package org.gilvm.ast;

/** Binary operators, in the order of CPython's {@code BINARY_OP} operand (Include/opcode.h, NB_*). */
public enum BinaryOperator {
    ADD("+"), AND("&"), FLOOR_DIVIDE("//"), LSHIFT("<<"), MATRIX_MULTIPLY("@"), MULTIPLY("*"),
    REMAINDER("%"), OR("|"), POWER("**"), RSHIFT(">>"), SUBTRACT("-"), TRUE_DIVIDE("/"), XOR("^");

    private final String symbol;

    BinaryOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written, e.g. {@code "//"}. */
    public String symbol() {
        return symbol;
    }

    public static BinaryOperator fromSymbol(String symbol) {
        for (BinaryOperator op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw new IllegalArgumentException(symbol);
    }
}
