package org.gilvm.objects;

/**
 * {@code str % values}: printf-style formatting with CPython's conversions ({@code s r a d i u o x
 * X e E f F g G c %}), flags ({@code - + space 0 #}), width and precision ({@code *} included),
 * and {@code %(name)s} with a mapping. Numbers go through the format-spec machinery
 * ({@link FormatSpec}), so they print exactly as {@code format()} does.
 */
final class PercentFormat {
    private final String template;
    private final PyObject values;
    private final PyObject[] items;
    private int next;
    private int pos;

    private PercentFormat(String template, PyObject values) {
        this.template = template;
        this.values = values;
        this.items = values instanceof PyTuple t ? t.items() : new PyObject[] {values};
    }

    static PyStr format(String template, PyObject values) {
        PercentFormat f = new PercentFormat(template, values);
        String out = f.render();
        if (f.next < f.items.length && !(values instanceof PyDict) && !(f.items.length == 1 && f.usedMapping)) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        return PyStr.of(out);
    }

    private boolean usedMapping;

    private String render() {
        StringBuilder out = new StringBuilder();
        while (pos < template.length()) {
            char c = template.charAt(pos++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            out.append(conversion());
        }
        return out.toString();
    }

    /** After '%': [(name)][flags][width][.precision][length]type. */
    private String conversion() {
        int start = pos - 1;
        PyObject mapped = null;
        if (at('(')) {
            int close = template.indexOf(')', pos);
            if (close < 0) {
                throw Errors.valueError("incomplete format key");
            }
            if (!(values instanceof PyDict d)) {
                throw Errors.typeError("format requires a mapping");
            }
            PyStr key = PyStr.of(template.substring(pos + 1, close));
            mapped = d.get(key);
            if (mapped == null) {
                throw Errors.keyError(key);
            }
            usedMapping = true;
            pos = close + 1;
        }
        StringBuilder flags = new StringBuilder();
        while (pos < template.length() && "-+ 0#".indexOf(template.charAt(pos)) >= 0) {
            flags.append(template.charAt(pos++));
        }
        int width = number();
        int precision = -1;
        if (at('.')) {
            pos++;
            precision = Math.max(0, number());
        }
        while (pos < template.length() && "hlL".indexOf(template.charAt(pos)) >= 0) {
            pos++;
        }
        if (pos >= template.length()) {
            throw Errors.valueError("incomplete format");
        }
        char type = template.charAt(pos++);
        if (type == '%' && pos - start == 2) {
            return "%";
        }
        // Anything between, and '%' is a conversion like any other: it takes a value, and is refused.
        PyObject value = mapped != null ? mapped : nextValue();
        return convert(value, type, flags.toString(), width, precision);
    }

    private boolean at(char c) {
        return pos < template.length() && template.charAt(pos) == c;
    }

    /** A width or precision: digits, or '*' taking the next value; -1 when absent. */
    private int number() {
        if (at('*')) {
            pos++;
            PyObject v = nextValue();
            if (!(v instanceof PyInt n)) {
                throw Errors.typeError("* wants int");
            }
            return (int) n.longValue();
        }
        int start = pos;
        while (pos < template.length() && Character.isDigit(template.charAt(pos))) {
            pos++;
        }
        return pos == start ? -1 : Integer.parseInt(template.substring(start, pos));
    }

    private PyObject nextValue() {
        if (next >= items.length || values instanceof PyDict && items.length == 1 && next > 0) {
            throw Errors.typeError("not enough arguments for format string");
        }
        return items[next++];
    }

    private String convert(PyObject value, char type, String flags, int width, int precision) {
        boolean left = flags.indexOf('-') >= 0;
        String text;
        switch (type) {
            case 's', 'r', 'a' -> {
                text = type == 's' ? value.str() : type == 'r' ? value.repr() : Ops.ascii(value.repr());
                if (precision >= 0 && precision < text.length()) {
                    text = text.substring(0, precision);
                }
                return pad(text, width, left);
            }
            case 'c' -> {
                if (value instanceof PyStr s && s.len() == 1) {
                    text = s.value();
                } else if (value instanceof PyInt n) {
                    if (!n.isSmall() || n.longValue() < 0 || n.longValue() > Character.MAX_CODE_POINT) {
                        throw Errors.overflow("%c arg not in range(0x110000)");
                    }
                    text = new String(Character.toChars((int) n.longValue()));
                } else {
                    throw Errors.typeError("%c requires int or char");
                }
                return pad(text, width, left);
            }
            case 'd', 'i', 'u', 'o', 'x', 'X' -> {
                PyInt n = integer(value, type);
                String spec = numericSpec(flags, width, -1, type == 'i' || type == 'u' ? 'd' : type);
                String s = FormatSpec.formatInt(n.bigValue(), FormatSpec.parse(spec, "int"));
                if (precision > 0) {
                    s = zeroExtend(s, precision);
                }
                return s;
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                if (!(value instanceof PyFloat || value instanceof PyInt)) {
                    throw Errors.typeError("must be real number, not " + value.type().name());
                }
                double d = value instanceof PyFloat f ? f.value() : ((PyInt) value).doubleValue();
                String spec = numericSpec(flags, width, precision < 0 ? 6 : precision, type);
                return FormatSpec.formatFloat(d, FormatSpec.parse(spec, "float"));
            }
            default -> throw Errors.valueError("unsupported format character '" + type + "' (0x"
                    + Integer.toHexString(type) + ") at index " + (pos - 1));
        }
    }

    private static PyInt integer(PyObject value, char type) {
        if (value instanceof PyInt n) {
            return n;
        }
        if (value instanceof PyFloat f && (type == 'd' || type == 'i' || type == 'u')) {
            return PyInt.fromDouble(f.value()); // ints are immortal: nothing to count
        }
        String what = type == 'd' || type == 'i' || type == 'u' ? "a real number" : "an integer";
        throw Errors.typeError("%" + type + " format: " + what + " is required, not " + value.type().name());
    }

    /** The format spec for a %-conversion: flags become fill, sign and alternate form. */
    private static String numericSpec(String flags, int width, int precision, char type) {
        StringBuilder spec = new StringBuilder();
        if (flags.indexOf('-') >= 0) {
            spec.append('<');
        }
        if (flags.indexOf('+') >= 0) {
            spec.append('+');
        } else if (flags.indexOf(' ') >= 0) {
            spec.append(' ');
        }
        if (flags.indexOf('#') >= 0) {
            spec.append('#');
        }
        if (flags.indexOf('0') >= 0 && flags.indexOf('-') < 0) {
            spec.append('0');
        }
        if (width > 0) {
            spec.append(width);
        }
        if (precision >= 0) {
            spec.append('.').append(precision);
        }
        return spec.append(type).toString();
    }

    /** %.Nd: at least N digits. */
    private static String zeroExtend(String s, int digits) {
        String trimmed = s.strip();
        String sign = trimmed.startsWith("-") || trimmed.startsWith("+") ? trimmed.substring(0, 1)
                : s.startsWith(" ") && s.length() > trimmed.length() && s.length() == trimmed.length() + 1 ? " " : "";
        String body = sign.equals("-") || sign.equals("+") ? trimmed.substring(1) : trimmed;
        if (body.length() >= digits) {
            return s;
        }
        String padded = sign + "0".repeat(digits - body.length()) + body;
        return s.length() > padded.length() ? " ".repeat(s.length() - padded.length()) + padded : padded;
    }

    private static String pad(String text, int width, boolean left) {
        int n = text.codePointCount(0, text.length());
        if (width <= n) {
            return text;
        }
        return left ? text + " ".repeat(width - n) : " ".repeat(width - n) + text;
    }
}
