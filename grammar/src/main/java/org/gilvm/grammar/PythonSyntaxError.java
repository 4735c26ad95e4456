package org.gilvm.grammar;

/**
 * A syntax error found by the front end, carrying what CPython reports for one: the exception class
 * name ({@code SyntaxError}, {@code IndentationError} or {@code TabError}), the message, and the
 * 1-based line and column. The VM turns it into a Python exception; it never reaches a user as Java.
 */
public final class PythonSyntaxError extends RuntimeException {
    private final String kind;
    private final int line;
    private final int column;

    public PythonSyntaxError(String kind, String message, int line, int column) {
        super(message, null, false, false);
        this.kind = kind;
        this.line = line;
        this.column = column;
    }

    public static PythonSyntaxError syntax(String message, int line, int column) {
        return new PythonSyntaxError("SyntaxError", message, line, column);
    }

    /** {@code SyntaxError}, {@code IndentationError} or {@code TabError}. */
    public String kind() { return kind; }

    public int line() { return line; }

    /** 1-based column of the offending character, as CPython's {@code offset}. */
    public int column() { return column; }
}
