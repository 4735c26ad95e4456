package org.gilvm.stdlib;

import org.gilvm.heap.RefCount;
import org.gilvm.objects.Args;
import org.gilvm.objects.Errors;
import org.gilvm.objects.Ops;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;

/**
 * {@code str.format}: replacement fields {@code {name.attr[index]!conversion:spec}} with automatic
 * or explicit numbering, keyword names, nested fields in the spec, and CPython's messages.
 */
final class StrFormat {
    private final String template;
    private final Args args;
    private int pos;
    /** The next automatic field number; -1 once explicit numbering was used, and that must not mix. */
    private int auto;
    private boolean manual;

    private StrFormat(String template, Args args) {
        this.template = template;
        this.args = args;
    }

    static PyObject format(String template, Args args) {
        StrFormat f = new StrFormat(template, args);
        return PyStr.of(f.render(0));
    }

    private String render(int depth) {
        if (depth > 2) {
            throw Errors.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        while (pos < template.length()) {
            char c = template.charAt(pos);
            if (c == '{') {
                if (pos + 1 < template.length() && template.charAt(pos + 1) == '{') {
                    out.append('{');
                    pos += 2;
                    continue;
                }
                pos++;
                if (pos >= template.length()) {
                    throw Errors.valueError("Single '{' encountered in format string");
                }
                out.append(field(depth));
            } else if (c == '}') {
                if (pos + 1 < template.length() && template.charAt(pos + 1) == '}') {
                    out.append('}');
                    pos += 2;
                    continue;
                }
                if (depth > 0) {
                    return out.toString();
                }
                throw Errors.valueError("Single '}' encountered in format string");
            } else {
                out.append(c);
                pos++;
            }
        }
        if (depth > 0) {
            throw Errors.valueError("expected '}' before end of string");
        }
        return out.toString();
    }

    /** After '{': the field name, conversion and spec, up to the matching '}'. */
    private String field(int depth) {
        int start = pos;
        int brackets = 0;
        while (pos < template.length()) {
            char c = template.charAt(pos);
            if (c == '[') {
                brackets++;
            } else if (c == ']') {
                brackets--;
            } else if (brackets == 0 && (c == '}' || c == '!' || c == ':')) {
                break;
            }
            pos++;
        }
        if (pos >= template.length()) {
            throw Errors.valueError(depth == 0 ? "expected '}' before end of string"
                    : "unmatched '{' in format spec");
        }
        String name = template.substring(start, pos);
        char conversion = 0;
        if (template.charAt(pos) == '!') {
            if (pos + 1 >= template.length()) {
                throw Errors.valueError("end of string while looking for conversion specifier");
            }
            conversion = template.charAt(pos + 1);
            pos += 2;
            if (pos >= template.length() || template.charAt(pos) != '}' && template.charAt(pos) != ':') {
                throw Errors.valueError("expected ':' after conversion specifier");
            }
        }
        // The field is looked up before its spec is expanded, as CPython does: an automatic number
        // goes to the field before the fields nested in its spec.
        PyObject value = lookup(name);
        // Expanding the spec and formatting can run Python code (and an audit): the value is pinned.
        try (org.gilvm.heap.Pinned pin = org.gilvm.heap.Pinned.of(value)) {
            String spec = "";
            if (template.charAt(pos) == ':') {
                pos++;
                spec = render(depth + 1);
            }
            if (pos >= template.length() || template.charAt(pos) != '}') {
                throw Errors.valueError("expected '}' before end of string");
            }
            pos++;
            PyObject text = Ops.formatValue(value, conversionCode(conversion), spec);
            String s = ((PyStr) text).value();
            RefCount.decref(text);
            return s;
        } finally {
            RefCount.decref(value);
        }
    }

    private static int conversionCode(char c) {
        return switch (c) {
            case 0 -> 0;
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> throw Errors.valueError("Unknown conversion specifier " + c);
        };
    }

    /** The field's object: an argument by number or keyword, then {@code .attr} and {@code [index]} steps. A new reference. */
    private PyObject lookup(String name) {
        int end = 0;
        while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '[') {
            end++;
        }
        String first = name.substring(0, end);
        PyObject value;
        if (first.isEmpty()) {
            if (manual) {
                throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            value = positional(auto++);
        } else if (first.chars().allMatch(Character::isDigit)) {
            if (auto > 0) {
                throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            manual = true;
            value = positional(Integer.parseInt(first));
        } else {
            PyObject kw = args.keyword(first);
            if (kw == null) {
                throw Errors.keyError(PyStr.of(first));
            }
            value = RefCount.newRef(kw);
        }
        int i = end;
        while (i < name.length()) {
            PyObject next;
            if (name.charAt(i) == '.') {
                int j = i + 1;
                while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') {
                    j++;
                }
                next = value.getAttr(name.substring(i + 1, j));
                i = j;
            } else {
                int close = name.indexOf(']', i);
                String key = name.substring(i + 1, close);
                PyObject k = key.chars().allMatch(Character::isDigit) && !key.isEmpty()
                        ? PyInt.of(Long.parseLong(key)) : PyStr.of(key);
                next = value.getItem(k);
                i = close + 1;
            }
            RefCount.decref(value);
            value = next;
        }
        return value;
    }

    private PyObject positional(int index) {
        if (index >= args.size()) {
            throw Errors.indexError("Replacement index " + index + " out of range for positional args tuple");
        }
        return RefCount.newRef(args.get(index));
    }
}
