package org.gilvm.stdlib;

import static org.gilvm.stdlib.TypeMethods.method;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.gilvm.heap.Pinned;
import org.gilvm.heap.RefCount;
import org.gilvm.objects.Args;
import org.gilvm.objects.Errors;
import org.gilvm.objects.Ops;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;

/**
 * The methods of str, with Python's semantics (whitespace, case, and code-point indexes).
 *
 * <p>Ownership: every result here is a fresh str, int, bool, or a list or tuple of fresh strs
 * (strs are immortal, so {@code PyTuple.of}'s incref of them is free). Only {@code join} handles
 * other objects: the iterator and the items it yields are new references, dropped as it goes.
 */
final class StrMethods {
    private StrMethods() { }

    private static String s(PyObject self) {
        return ((PyStr) self).value();
    }

    private static String strArg(Args a, int i, String method) {
        PyObject o = a.get(i);
        if (!(o instanceof PyStr p)) {
            throw Errors.typeError(method + "() argument " + (i + 1) + " must be str, not " + o.type().name());
        }
        return p.value();
    }

    static void install() {
        PyType t = PyStr.TYPE;
        method(t, "upper", (self, a) -> PyStr.of(s(self).toUpperCase(Locale.ROOT)));
        method(t, "lower", (self, a) -> PyStr.of(s(self).toLowerCase(Locale.ROOT)));
        method(t, "casefold", (self, a) -> PyStr.of(s(self).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT)));
        method(t, "swapcase", (self, a) -> PyStr.of(swapcase(s(self))));
        method(t, "title", (self, a) -> PyStr.of(title(s(self))));
        method(t, "capitalize", (self, a) -> PyStr.of(capitalize(s(self))));
        method(t, "strip", (self, a) -> PyStr.of(strip(s(self), chars(a, "strip"), true, true)));
        method(t, "lstrip", (self, a) -> PyStr.of(strip(s(self), chars(a, "lstrip"), true, false)));
        method(t, "rstrip", (self, a) -> PyStr.of(strip(s(self), chars(a, "rstrip"), false, true)));
        method(t, "split", (self, a) -> split(s(self), a, false));
        method(t, "rsplit", (self, a) -> split(s(self), a, true));
        method(t, "splitlines", (self, a) -> splitlines(s(self), a));
        method(t, "join", (self, a) -> join(s(self), a.exactlyOne().get(0)));
        method(t, "format", (self, a) -> StrFormat.format(s(self), a));
        method(t, "replace", (self, a) -> replace(s(self), a));
        method(t, "find", (self, a) -> PyInt.of(find((PyStr) self, a, "find", false)));
        method(t, "rfind", (self, a) -> PyInt.of(find((PyStr) self, a, "rfind", true)));
        method(t, "index", (self, a) -> PyInt.of(mustFind(find((PyStr) self, a, "index", false))));
        method(t, "rindex", (self, a) -> PyInt.of(mustFind(find((PyStr) self, a, "rindex", true))));
        method(t, "count", (self, a) -> PyInt.of(count((PyStr) self, a)));
        method(t, "startswith", (self, a) -> PyBool.of(affix((PyStr) self, a, "startswith", true)));
        method(t, "endswith", (self, a) -> PyBool.of(affix((PyStr) self, a, "endswith", false)));
        method(t, "isdigit", (self, a) -> classify(s(self), Character::isDigit));
        method(t, "isdecimal", (self, a) -> classify(s(self), Character::isDigit));
        method(t, "isnumeric", (self, a) -> classify(s(self), c -> Character.isDigit(c)
                || Character.getType(c) == Character.OTHER_NUMBER || Character.getType(c) == Character.LETTER_NUMBER));
        method(t, "isalpha", (self, a) -> classify(s(self), Character::isLetter));
        method(t, "isalnum", (self, a) -> classify(s(self), Character::isLetterOrDigit));
        method(t, "isspace", (self, a) -> classify(s(self), StrMethods::isPySpace));
        method(t, "isupper", (self, a) -> PyBool.of(hasCase(s(self), true)));
        method(t, "islower", (self, a) -> PyBool.of(hasCase(s(self), false)));
        method(t, "istitle", (self, a) -> PyBool.of(isTitle(s(self))));
        method(t, "isidentifier", (self, a) -> PyBool.of(isIdentifier(s(self))));
        method(t, "center", (self, a) -> PyStr.of(pad((PyStr) self, a, "center")));
        method(t, "ljust", (self, a) -> PyStr.of(pad((PyStr) self, a, "ljust")));
        method(t, "rjust", (self, a) -> PyStr.of(pad((PyStr) self, a, "rjust")));
        method(t, "zfill", (self, a) -> PyStr.of(zfill((PyStr) self, Ops.index(a.exactlyOne().get(0)).longValue())));
        method(t, "partition", (self, a) -> partition(s(self), strArg(a.exactlyOne(), 0, "partition"), false));
        method(t, "rpartition", (self, a) -> partition(s(self), strArg(a.exactlyOne(), 0, "rpartition"), true));
        method(t, "removeprefix", (self, a) -> {
            String p = strArg(a.exactlyOne(), 0, "removeprefix");
            return PyStr.of(s(self).startsWith(p) ? s(self).substring(p.length()) : s(self));
        });
        method(t, "removesuffix", (self, a) -> {
            String p = strArg(a.exactlyOne(), 0, "removesuffix");
            return PyStr.of(s(self).endsWith(p) && !p.isEmpty() ? s(self).substring(0, s(self).length() - p.length())
                    : s(self));
        });
    }

    /** Python's whitespace: Unicode White_Space plus the ASCII separators \x1c-\x1f. */
    static boolean isPySpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85 || c == 0xA0;
    }

    private static PyObject classify(String s, IntPredicate p) {
        if (s.isEmpty()) {
            return PyBool.FALSE;
        }
        return PyBool.of(s.codePoints().allMatch(p));
    }

    private static boolean hasCase(String s, boolean upper) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (upper ? Character.isLowerCase(c) : Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            cased |= upper ? Character.isUpperCase(c) || Character.isTitleCase(c) : Character.isLowerCase(c);
        }
        return cased;
    }

    private static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    private static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (previousCased) {
                sb.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
            } else {
                sb.appendCodePoint(Character.toTitleCase(c));
            }
            previousCased = isCased(c);
        }
        return sb.toString();
    }

    private static boolean isTitle(String s) {
        boolean previousCased = false;
        boolean any = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                any = true;
            } else if (Character.isLowerCase(c)) {
                if (!previousCased) {
                    return false;
                }
                any = true;
            } else {
                previousCased = false;
            }
        }
        return any;
    }

    private static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        int n = Character.charCount(first);
        return new String(Character.toChars(Character.toTitleCase(first)))
                + s.substring(n).toLowerCase(Locale.ROOT);
    }

    private static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            String one = new String(Character.toChars(c));
            sb.append(Character.isUpperCase(c) ? one.toLowerCase(Locale.ROOT)
                    : Character.isLowerCase(c) ? one.toUpperCase(Locale.ROOT) : one);
        });
        return sb.toString();
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (!(Character.isLetter(first) || first == '_')) {
            return false;
        }
        return s.codePoints().skip(1).allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    }

    /** The chars argument of strip(); null means whitespace. */
    private static String chars(Args a, String name) {
        a.noKeywords().between(0, 1);
        if (a.size() == 0 || a.get(0) == PyNone.NONE) {
            return null;
        }
        if (!(a.get(0) instanceof PyStr p)) {
            throw Errors.typeError(name + " arg must be None or str");
        }
        return p.value();
    }

    private static String strip(String s, String chars, boolean left, boolean right) {
        int start = 0;
        int end = s.length();
        while (left && start < end && stripped(s.charAt(start), chars)) {
            start++;
        }
        while (right && end > start && stripped(s.charAt(end - 1), chars)) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean stripped(char c, String chars) {
        return chars == null ? isPySpace(c) : chars.indexOf(c) >= 0;
    }

    private static PyObject split(String s, Args a, boolean fromRight) {
        String name = fromRight ? "rsplit" : "split";
        a.onlyKeywords("sep", "maxsplit");
        if (a.size() > 2) {
            throw Errors.typeError(name + "() takes at most 2 arguments (" + a.size() + " given)");
        }
        PyObject sepArg = a.arg(0, "sep", PyNone.NONE);
        long maxsplit = Ops.index(a.arg(1, "maxsplit", PyInt.of(-1))).longValue();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        List<String> parts;
        if (sepArg == PyNone.NONE) {
            parts = fromRight ? rsplitWhitespace(s, maxsplit) : splitWhitespace(s, maxsplit);
        } else {
            if (!(sepArg instanceof PyStr p)) {
                throw Errors.typeError("must be str or None, not " + sepArg.type().name());
            }
            if (p.value().isEmpty()) {
                throw Errors.valueError("empty separator");
            }
            parts = fromRight ? rsplitOn(s, p.value(), maxsplit) : splitOn(s, p.value(), maxsplit);
        }
        PyObject[] out = new PyObject[parts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = PyStr.of(parts.get(i));
        }
        return PyList.wrap(out);
    }

    private static List<String> splitWhitespace(String s, long maxsplit) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (true) {
            while (i < n && isPySpace(s.charAt(i))) {
                i++;
            }
            if (i == n) {
                return parts;
            }
            if (parts.size() == maxsplit) {
                int end = n;
                while (end > i && isPySpace(s.charAt(end - 1))) {
                    end--;
                }
                parts.add(s.substring(i, end));
                return parts;
            }
            int j = i;
            while (j < n && !isPySpace(s.charAt(j))) {
                j++;
            }
            parts.add(s.substring(i, j));
            i = j;
        }
    }

    private static List<String> rsplitWhitespace(String s, long maxsplit) {
        List<String> parts = new ArrayList<>();
        int j = s.length();
        while (true) {
            while (j > 0 && isPySpace(s.charAt(j - 1))) {
                j--;
            }
            if (j == 0) {
                break;
            }
            if (parts.size() == maxsplit) {
                int start = 0;
                while (start < j && isPySpace(s.charAt(start))) {
                    start++;
                }
                parts.add(s.substring(start, j));
                break;
            }
            int i = j;
            while (i > 0 && !isPySpace(s.charAt(i - 1))) {
                i--;
            }
            parts.add(s.substring(i, j));
            j = i;
        }
        java.util.Collections.reverse(parts);
        return parts;
    }

    private static List<String> splitOn(String s, String sep, long maxsplit) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        int at;
        while (parts.size() < maxsplit && (at = s.indexOf(sep, start)) >= 0) {
            parts.add(s.substring(start, at));
            start = at + sep.length();
        }
        parts.add(s.substring(start));
        return parts;
    }

    private static List<String> rsplitOn(String s, String sep, long maxsplit) {
        List<String> parts = new ArrayList<>();
        int end = s.length();
        int at;
        while (parts.size() < maxsplit && end >= 0 && (at = s.lastIndexOf(sep, end - sep.length())) >= 0) {
            parts.add(s.substring(at + sep.length(), end));
            end = at;
        }
        parts.add(s.substring(0, end));
        java.util.Collections.reverse(parts);
        return parts;
    }

    private static PyObject splitlines(String s, Args a) {
        a.onlyKeywords("keepends").between(0, 1);
        boolean keep = a.arg(0, "keepends", PyBool.FALSE).isTrue();
        List<PyObject> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int eol = i + 1;
            boolean isBreak = c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d
                    || c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
            if (!isBreak) {
                i++;
                continue;
            }
            if (c == '\r' && eol < s.length() && s.charAt(eol) == '\n') {
                eol++;
            }
            out.add(PyStr.of(s.substring(start, keep ? eol : i)));
            start = eol;
            i = eol;
        }
        if (start < s.length()) {
            out.add(PyStr.of(s.substring(start)));
        }
        return PyList.wrap(out.toArray(new PyObject[0]));
    }

    private static PyObject join(String sep, PyObject iterable) {
        StringBuilder sb = new StringBuilder();
        PyObject it = iterable.iter();
        try (Pinned pins = Pinned.of(it)) {
            int i = 0;
            for (PyObject x = it.next(); x != null; x = it.next(), i++) {
                try {
                    if (!(x instanceof PyStr p)) {
                        throw Errors.typeError("sequence item " + i + ": expected str instance, " + x.type().name()
                                + " found");
                    }
                    if (i > 0) {
                        sb.append(sep);
                    }
                    sb.append(p.value());
                } finally {
                    RefCount.decref(x);
                }
            }
        } finally {
            RefCount.decref(it);
        }
        return PyStr.of(sb.toString());
    }

    private static PyObject replace(String s, Args a) {
        a.noKeywords().between(2, 3);
        String old = strArg(a, 0, "replace");
        String replacement = strArg(a, 1, "replace");
        long count = a.size() == 3 ? Ops.index(a.get(2)).longValue() : -1;
        if (count < 0) {
            if (old.isEmpty()) {
                StringBuilder sb = new StringBuilder(replacement);
                s.codePoints().forEach(c -> sb.appendCodePoint(c).append(replacement));
                return PyStr.of(sb.toString());
            }
            return PyStr.of(s.replace(old, replacement));
        }
        StringBuilder sb = new StringBuilder();
        int start = 0;
        long done = 0;
        if (old.isEmpty()) {
            int i = 0;
            while (done < count && i <= s.length()) {
                sb.append(replacement);
                done++;
                if (i < s.length()) {
                    int cp = s.codePointAt(i);
                    sb.appendCodePoint(cp);
                    i += Character.charCount(cp);
                } else {
                    i++;
                }
            }
            if (i < s.length()) {
                sb.append(s, i, s.length());
            }
            return PyStr.of(sb.toString());
        }
        int at;
        while (done < count && (at = s.indexOf(old, start)) >= 0) {
            sb.append(s, start, at).append(replacement);
            start = at + old.length();
            done++;
        }
        return PyStr.of(sb.append(s.substring(start)).toString());
    }

    /** The [start, end) window of find/count/startswith, in code points, clamped as CPython does. */
    private static int[] window(PyStr self, Args a, int firstIndexArg) {
        int n = self.len();
        long start = 0;
        long end = n;
        if (a.size() > firstIndexArg && a.get(firstIndexArg) != PyNone.NONE) {
            start = Ops.index(a.get(firstIndexArg)).longValue();
        }
        if (a.size() > firstIndexArg + 1 && a.get(firstIndexArg + 1) != PyNone.NONE) {
            end = Ops.index(a.get(firstIndexArg + 1)).longValue();
        }
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (end < 0) {
            end = Math.max(0, end + n);
        }
        return new int[] {(int) Math.min(start, n + 1L), (int) Math.min(end, n)};
    }

    private static int find(PyStr self, Args a, String name, boolean fromRight) {
        a.noKeywords().between(1, 3);
        String sub = strArg(a, 0, name);
        int[] w = window(self, a, 1);
        if (w[0] > w[1]) {
            return -1;
        }
        String hay = self.substring(Math.min(w[0], self.len()), w[1]);
        int i = fromRight ? hay.lastIndexOf(sub) : hay.indexOf(sub);
        if (i < 0) {
            return -1;
        }
        return w[0] + hay.codePointCount(0, i);
    }

    private static int mustFind(int index) {
        if (index < 0) {
            throw Errors.valueError("substring not found");
        }
        return index;
    }

    private static int count(PyStr self, Args a) {
        a.noKeywords().between(1, 3);
        String sub = strArg(a, 0, "count");
        int[] w = window(self, a, 1);
        if (w[0] > w[1]) {
            return 0;
        }
        String hay = self.substring(Math.min(w[0], self.len()), w[1]);
        if (sub.isEmpty()) {
            return hay.codePointCount(0, hay.length()) + 1;
        }
        int n = 0;
        for (int i = hay.indexOf(sub); i >= 0; i = hay.indexOf(sub, i + sub.length())) {
            n++;
        }
        return n;
    }

    private static boolean affix(PyStr self, Args a, String name, boolean prefix) {
        a.noKeywords().between(1, 3);
        int[] w = window(self, a, 1);
        if (w[0] > self.len()) {
            return false;
        }
        String hay = w[0] > w[1] ? "" : self.substring(w[0], w[1]);
        PyObject what = a.get(0);
        if (what instanceof PyTuple options) {
            for (PyObject o : options.items()) {
                if (!(o instanceof PyStr p)) {
                    throw Errors.typeError("tuple for " + name + " must only contain str, not " + o.type().name());
                }
                if (w[0] <= w[1] && (prefix ? hay.startsWith(p.value()) : hay.endsWith(p.value()))) {
                    return true;
                }
            }
            return false;
        }
        if (!(what instanceof PyStr p)) {
            throw Errors.typeError(name + " first arg must be str or a tuple of str, not " + what.type().name());
        }
        if (w[0] > w[1]) {
            return false; // an empty window matches nothing, not even '' (CPython's tailmatch)
        }
        return prefix ? hay.startsWith(p.value()) : hay.endsWith(p.value());
    }

    private static String pad(PyStr self, Args a, String name) {
        a.noKeywords().between(1, 2);
        long width = Ops.index(a.get(0)).longValue();
        String fill = " ";
        if (a.size() == 2) {
            PyObject f = a.get(1);
            if (!(f instanceof PyStr p) || p.len() != 1) {
                throw Errors.typeError("The fill character must be exactly one character long");
            }
            fill = p.value();
        }
        int len = self.len();
        if (width <= len) {
            return self.value();
        }
        int margin = (int) (width - len);
        int left = switch (name) {
            case "ljust" -> 0;
            case "rjust" -> margin;
            default -> margin / 2 + (margin & (int) width & 1);
        };
        return fill.repeat(left) + self.value() + fill.repeat(margin - left);
    }

    private static String zfill(PyStr self, long width) {
        String s = self.value();
        int len = self.len();
        if (width <= len) {
            return s;
        }
        String zeros = "0".repeat((int) (width - len));
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }

    private static PyObject partition(String s, String sep, boolean fromRight) {
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        int at = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (at < 0) {
            return fromRight ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, PyStr.of(s))
                    : PyTuple.of(PyStr.of(s), PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(PyStr.of(s.substring(0, at)), PyStr.of(sep), PyStr.of(s.substring(at + sep.length())));
    }
}
