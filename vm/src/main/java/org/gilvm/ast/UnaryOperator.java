package org.gilvm.ast;

public enum UnaryOperator {
    NEGATIVE, POSITIVE, INVERT, NOT
}
