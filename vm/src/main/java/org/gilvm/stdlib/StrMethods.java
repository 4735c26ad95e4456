package org.gilvm.stdlib;

import static org.gilvm.stdlib.TypeMethods.method;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.gilvm.heap.Pinned;
import org.gilvm.heap.RefCount;
import org.gilvm.objects.Args;
import org.gilvm.objects.Codecs;
import org.gilvm.objects.Errors;
import org.gilvm.objects.Ops;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyBytes;
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

    /** The sub argument of find, count and the like, followed by an optional start and end. */
    private static String subArg(Args a, String method) {
        return strArg(a.noKeywords().between(1, 3), 0, method);
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
        method(t, "split", (self, a) -> listOf(split(s(self), a, false, StrMethods::isPySpace, StrMethods::sepArg),
                PyStr::of));
        method(t, "rsplit", (self, a) -> listOf(split(s(self), a, true, StrMethods::isPySpace, StrMethods::sepArg),
                PyStr::of));
        method(t, "splitlines", (self, a) -> splitlines(s(self), a));
        method(t, "join", (self, a) -> PyStr.of(join(s(self), a.exactlyOne().get(0), StrMethods::joinItem)));
        method(t, "encode", (self, a) -> encode(s(self), a));
        method(t, "format", (self, a) -> StrFormat.format(s(self), a));
        method(t, "replace", (self, a) -> replace(s(self), a));
        method(t, "find", (self, a) -> PyInt.of(find((PyStr) self, subArg(a, "find"), a, false)));
        method(t, "rfind", (self, a) -> PyInt.of(find((PyStr) self, subArg(a, "rfind"), a, true)));
        method(t, "index", (self, a) -> PyInt.of(mustFind(find((PyStr) self, subArg(a, "index"), a, false),
                "substring not found")));
        method(t, "rindex", (self, a) -> PyInt.of(mustFind(find((PyStr) self, subArg(a, "rindex"), a, true),
                "substring not found")));
        method(t, "count", (self, a) -> PyInt.of(count((PyStr) self, subArg(a, "count"), a)));
        method(t, "startswith", (self, a) -> PyBool.of(affix((PyStr) self, a, "startswith", StrMethods::strAffix)));
        method(t, "endswith", (self, a) -> PyBool.of(affix((PyStr) self, a, "endswith", StrMethods::strAffix)));
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

    /** str.encode(encoding='utf-8', errors='strict'). */
    private static PyObject encode(String s, Args a) {
        String[] how = Codecs.encodingAndErrors(a, "encode");
        return PyBytes.of(Codecs.encode(s, how[0], how[1]));
    }

    /** A new list of the parts, each made a str or a bytes by {@code make}. */
    static PyObject listOf(List<String> parts, Function<String, PyObject> make) {
        PyObject[] out = new PyObject[parts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = make.apply(parts.get(i));
        }
        return PyList.wrap(out);
    }

    private static String sepArg(PyObject sep) {
        if (!(sep instanceof PyStr p)) {
            throw Errors.typeError("must be str or None, not " + sep.type().name());
        }
        return p.value();
    }

    /**
     * The parts of split or rsplit: on whitespace ({@code isSpace}) when sep is None, else on
     * the separator {@code separator} reads. Shared with bytes, whose text is read one char a byte.
     */
    static List<String> split(String s, Args a, boolean fromRight, IntPredicate isSpace,
                              Function<PyObject, String> separator) {
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
        if (sepArg == PyNone.NONE) {
            return fromRight ? rsplitWhitespace(s, maxsplit, isSpace) : splitWhitespace(s, maxsplit, isSpace);
        }
        String sep = separator.apply(sepArg);
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        return fromRight ? rsplitOn(s, sep, maxsplit) : splitOn(s, sep, maxsplit);
    }

    private static List<String> splitWhitespace(String s, long maxsplit, IntPredicate isSpace) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (true) {
            while (i < n && isSpace.test(s.charAt(i))) {
                i++;
            }
            if (i == n) {
                return parts;
            }
            if (parts.size() == maxsplit) {
                parts.add(s.substring(i)); // the rest as it is, trailing whitespace and all (CPython)
                return parts;
            }
            int j = i;
            while (j < n && !isSpace.test(s.charAt(j))) {
                j++;
            }
            parts.add(s.substring(i, j));
            i = j;
        }
    }

    private static List<String> rsplitWhitespace(String s, long maxsplit, IntPredicate isSpace) {
        List<String> parts = new ArrayList<>();
        int j = s.length();
        while (true) {
            while (j > 0 && isSpace.test(s.charAt(j - 1))) {
                j--;
            }
            if (j == 0) {
                break;
            }
            if (parts.size() == maxsplit) {
                parts.add(s.substring(0, j)); // the rest as it is, leading whitespace and all (CPython)
                break;
            }
            int i = j;
            while (i > 0 && !isSpace.test(s.charAt(i - 1))) {
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

    private static String joinItem(int i, PyObject x) {
        if (!(x instanceof PyStr p)) {
            throw Errors.typeError("sequence item " + i + ": expected str instance, " + x.type().name() + " found");
        }
        return p.value();
    }

    /** Item {@code i} of a join, as text; raises CPython's TypeError for an item of the wrong type. */
    @FunctionalInterface
    interface JoinItem {
        String text(int i, PyObject item);
    }

    /** The items of {@code iterable}, read by {@code item}, with {@code sep} between them. Shared with bytes. */
    static String join(String sep, PyObject iterable, JoinItem item) {
        StringBuilder sb = new StringBuilder();
        PyObject it = Ops.iterOr(iterable, "can only join an iterable");
        try (Pinned pins = Pinned.of(it)) {
            int i = 0;
            for (PyObject x = it.next(); x != null; x = it.next(), i++) {
                try {
                    String text = item.text(i, x);
                    if (i > 0) {
                        sb.append(sep);
                    }
                    sb.append(text);
                } finally {
                    RefCount.decref(x);
                }
            }
        } finally {
            RefCount.decref(it);
        }
        return sb.toString();
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

    private static final String SLICE_INDEX = "slice indices must be integers or None or have an __index__ method";

    /** The [start, end) window of find/count/startswith, in code points, clamped as CPython does. */
    private static int[] window(PyStr self, Args a, int firstIndexArg) {
        int n = self.len();
        long start = 0;
        long end = n;
        if (a.size() > firstIndexArg && a.get(firstIndexArg) != PyNone.NONE) {
            start = Ops.index(a.get(firstIndexArg), SLICE_INDEX).longValue();
        }
        if (a.size() > firstIndexArg + 1 && a.get(firstIndexArg + 1) != PyNone.NONE) {
            end = Ops.index(a.get(firstIndexArg + 1), SLICE_INDEX).longValue();
        }
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (end < 0) {
            end = Math.max(0, end + n);
        }
        return new int[] {(int) Math.min(start, n + 1L), (int) Math.min(end, n)};
    }

    /**
     * Where {@code sub} first (or last, {@code fromRight}) occurs in the window that arguments 1
     * and 2 of {@code a} give, or -1. Shared with bytes (one char a byte).
     */
    static int find(PyStr self, String sub, Args a, boolean fromRight) {
        int[] w = window(self, a, 1);
        if (w[0] > w[1]) {
            return -1;
        }
        String hay = self.substring(Math.min(w[0], self.len()), w[1]);
        int i = fromRight ? hay.lastIndexOf(sub) : hay.indexOf(sub);
        return i < 0 ? -1 : w[0] + hay.codePointCount(0, i);
    }

    /** index and rindex: what find found, or ValueError with CPython's {@code message} (str's and bytes' differ). */
    static int mustFind(int index, String message) {
        if (index < 0) {
            throw Errors.valueError(message);
        }
        return index;
    }

    /** How many times {@code sub} occurs, without overlaps, in the window of arguments 1 and 2. Shared with bytes. */
    static int count(PyStr self, String sub, Args a) {
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

    /**
     * What startswith and endswith accept as their first argument: the text of {@code what}, or
     * of {@code what}'s items when {@code inTuple}; otherwise CPython's TypeError.
     */
    @FunctionalInterface
    interface AffixArg {
        String text(PyObject what, String method, boolean inTuple);
    }

    private static String strAffix(PyObject what, String method, boolean inTuple) {
        if (what instanceof PyStr p) {
            return p.value();
        }
        throw Errors.typeError(inTuple ? "tuple for " + method + " must only contain str, not " + what.type().name()
                : method + " first arg must be str or a tuple of str, not " + what.type().name());
    }

    /** startswith ({@code name}) or endswith of the first argument, or of any item of a tuple. Shared with bytes. */
    static boolean affix(PyStr self, Args a, String name, AffixArg arg) {
        a.noKeywords().between(1, 3);
        boolean prefix = name.equals("startswith");
        int[] w = window(self, a, 1);
        if (w[0] > self.len()) {
            return false;
        }
        String hay = w[0] > w[1] ? "" : self.substring(w[0], w[1]);
        PyObject what = a.get(0);
        if (what instanceof PyTuple options) {
            for (PyObject o : options.items()) {
                String p = arg.text(o, name, true);
                if (w[0] <= w[1] && (prefix ? hay.startsWith(p) : hay.endsWith(p))) {
                    return true;
                }
            }
            return false;
        }
        String p = arg.text(what, name, false);
        if (w[0] > w[1]) {
            return false; // an empty window matches nothing, not even '' (CPython's tailmatch)
        }
        return prefix ? hay.startsWith(p) : hay.endsWith(p);
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
