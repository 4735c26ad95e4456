package org.gilvm.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The live mode's request bodies: one JSON object whose values are booleans, integers or strings,
 * as {@code {"enabled": false}} or {@code {"us": 5000}}. Anything else is rejected with a message,
 * since every body comes from the network.
 */
final class FlatJson {
    private final String text;
    private int at;

    private FlatJson(String text) {
        this.text = text;
    }

    /** The object's fields: Boolean, Long or String values. */
    static Map<String, Object> parse(String text) {
        FlatJson p = new FlatJson(text);
        Map<String, Object> fields = p.object();
        p.space();
        if (p.at != text.length()) {
            throw p.error("text after the object");
        }
        return fields;
    }

    private Map<String, Object> object() {
        Map<String, Object> fields = new LinkedHashMap<>();
        expect('{');
        space();
        if (peek() == '}') {
            at++;
            return fields;
        }
        while (true) {
            space();
            String key = string();
            space();
            expect(':');
            space();
            if (fields.put(key, value()) != null) {
                throw error("\"" + key + "\" given twice");
            }
            space();
            char c = next();
            if (c == '}') {
                return fields;
            }
            if (c != ',') {
                throw error("expected ',' or '}'");
            }
        }
    }

    private Object value() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (text.startsWith("true", at)) {
            at += 4;
            return Boolean.TRUE;
        }
        if (text.startsWith("false", at)) {
            at += 5;
            return Boolean.FALSE;
        }
        int start = at;
        if (c == '-') {
            at++;
        }
        while (at < text.length() && Character.isDigit(text.charAt(at)) && at - start < 18) {
            at++;
        }
        if (at == start || (at == start + 1 && c == '-')) {
            throw error("expected true, false, an integer or a string");
        }
        return Long.parseLong(text.substring(start, at));
    }

    private String string() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\' || c < 0x20) {
                throw error("escapes and control characters are not accepted in strings");
            }
            sb.append(c);
        }
    }

    private void space() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private void expect(char c) {
        if (next() != c) {
            throw error("expected '" + c + "'");
        }
    }

    private char peek() {
        if (at >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(at);
    }

    private char next() {
        char c = peek();
        at++;
        return c;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("bad JSON at character " + at + ": " + what);
    }
}
