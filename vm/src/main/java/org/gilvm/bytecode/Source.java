package org.gilvm.bytecode;

/** A source file's name and text, kept for tracebacks. */
public record Source(String filename, String text) {
    /** Line {@code n} (1-based) without its line ending, or null. */
    public String line(int n) {
        int start = 0;
        for (int i = 1; i < n; i++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return null;
            }
            start = nl + 1;
        }
        if (start > text.length()) {
            return null;
        }
        int end = text.indexOf('\n', start);
        String line = end < 0 ? text.substring(start) : text.substring(start, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
