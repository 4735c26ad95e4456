package org.gilvm.stdlib;

import static org.gilvm.stdlib.TypeMethods.method;

import org.gilvm.objects.Args;
import org.gilvm.objects.Codecs;
import org.gilvm.objects.Descriptors;
import org.gilvm.objects.Errors;
import org.gilvm.objects.Ops;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyBytes;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyType;

/**
 * The methods of bytes. Searching, splitting and joining are str's algorithms from
 * {@link StrMethods}, run on the bytes read as text of one char a byte (latin-1), which finds
 * exactly what a search of the bytes finds; only the argument checks and the messages are
 * bytes' own. The other methods (case, hex, decode) work on the bytes.
 *
 * <p>Ownership: bytes, strs and ints are immortal; the lists made here hold only those.
 */
final class BytesMethods {
    private BytesMethods() { }

    private static PyBytes b(PyObject self) {
        return (PyBytes) self;
    }

    /** The bytes as a str of one char a byte, for StrMethods' algorithms. */
    private static PyStr text(PyObject self) {
        return PyStr.of(b(self).latin1());
    }

    static void install() {
        PyType t = PyBytes.TYPE;
        method(t, "decode", BytesMethods::decode);
        method(t, "hex", (self, a) -> PyStr.of(hex(b(self).value(), a)));
        t.define("fromhex", Descriptors.builtinClassMethod(PyBuiltinFunction.method("fromhex", (cls, a) -> {
            if (a.size() + a.kwSize() != 1) {
                throw Errors.typeError("bytes.fromhex() takes exactly one argument (" + (a.size() + a.kwSize())
                        + " given)");
            }
            return PyBytes.of(fromhex(a.get(0)));
        })));
        method(t, "upper", (self, a) -> PyBytes.of(changeCase(b(self).value(), a, "upper", 'a', 'z')));
        method(t, "lower", (self, a) -> PyBytes.of(changeCase(b(self).value(), a, "lower", 'A', 'Z')));
        method(t, "find", (self, a) -> PyInt.of(StrMethods.find(text(self), subArg(a), a, false)));
        method(t, "rfind", (self, a) -> PyInt.of(StrMethods.find(text(self), subArg(a), a, true)));
        method(t, "index", (self, a) -> PyInt.of(StrMethods.mustFind(StrMethods.find(text(self), subArg(a), a, false),
                "subsection not found")));
        method(t, "rindex", (self, a) -> PyInt.of(StrMethods.mustFind(StrMethods.find(text(self), subArg(a), a, true),
                "subsection not found")));
        method(t, "count", (self, a) -> PyInt.of(StrMethods.count(text(self), subArg(a), a)));
        method(t, "startswith", (self, a) -> PyBool.of(StrMethods.affix(text(self), a, "startswith",
                BytesMethods::affixArg)));
        method(t, "endswith", (self, a) -> PyBool.of(StrMethods.affix(text(self), a, "endswith",
                BytesMethods::affixArg)));
        method(t, "split", (self, a) -> StrMethods.listOf(StrMethods.split(b(self).latin1(), a, false,
                BytesMethods::isSpace, o -> PyBytes.bytesArg(o).latin1()), PyBytes::ofLatin1));
        method(t, "rsplit", (self, a) -> StrMethods.listOf(StrMethods.split(b(self).latin1(), a, true,
                BytesMethods::isSpace, o -> PyBytes.bytesArg(o).latin1()), PyBytes::ofLatin1));
        method(t, "join", (self, a) -> PyBytes.ofLatin1(StrMethods.join(b(self).latin1(), a.exactlyOne().get(0),
                BytesMethods::joinItem)));
    }

    /** bytes' whitespace: ASCII's six, not str's Unicode set (b'\x85' and b'\xa0' are not space). */
    private static boolean isSpace(int c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** The sub argument of find, count and the like: bytes, or an int that is one byte. */
    private static String subArg(Args a) {
        PyObject sub = a.noKeywords().between(1, 3).get(0);
        if (sub instanceof PyInt i) {
            return String.valueOf((char) (PyBytes.byteValue(i) & 0xFF));
        }
        if (!(sub instanceof PyBytes s)) {
            throw Errors.typeError("argument should be integer or bytes-like object, not '" + sub.type().name() + "'");
        }
        return s.latin1();
    }

    private static String affixArg(PyObject what, String method, boolean inTuple) {
        if (what instanceof PyBytes p) {
            return p.latin1();
        }
        if (inTuple) {
            throw Errors.typeError("a bytes-like object is required, not '" + what.type().name() + "'");
        }
        throw Errors.typeError(method + " first arg must be bytes or a tuple of bytes, not " + what.type().name());
    }

    private static String joinItem(int i, PyObject item) {
        if (!(item instanceof PyBytes p)) {
            throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, " + item.type().name()
                    + " found");
        }
        return p.latin1();
    }

    /** bytes.decode(encoding='utf-8', errors='strict'). */
    private static PyObject decode(PyObject self, Args a) {
        String[] how = Codecs.encodingAndErrors(a, "decode");
        return PyStr.of(Codecs.decode(b(self).value(), how[0], how[1]));
    }

    /** upper() and lower(): only the ASCII letters from {@code from} to {@code to} change case. */
    private static byte[] changeCase(byte[] value, Args a, String name, char from, char to) {
        if (a.kwSize() > 0) {
            throw Errors.typeError("bytes." + name + "() takes no keyword arguments");
        }
        if (a.size() > 0) {
            throw Errors.typeError("bytes." + name + "() takes no arguments (" + a.size() + " given)");
        }
        byte[] out = value.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] >= from && out[i] <= to) {
                out[i] ^= 0x20;
            }
        }
        return out;
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * bytes.hex(sep=None, bytes_per_sep=1), as CPython's _Py_strhex: with a separator, groups of
     * |bytes_per_sep| bytes, counted from the right when it is positive and from the left when negative.
     */
    private static String hex(byte[] value, Args a) {
        a.onlyKeywords("sep", "bytes_per_sep");
        if (a.size() > 2) {
            throw Errors.typeError("hex() takes at most 2 arguments (" + a.size() + " given)");
        }
        PyObject sepArg = a.arg(0, "sep", null);
        long perSep = Ops.index(a.arg(1, "bytes_per_sep", PyInt.ONE)).longValue();
        return hex(value, sepArg == null ? 0 : separator(sepArg), perSep);
    }

    /** Two hex digits a byte, and {@code sep} (0: none) between groups of |perSep| bytes. */
    static String hex(byte[] value, char sep, long perSep) {
        StringBuilder sb = new StringBuilder(value.length * 3);
        long group = Math.abs(perSep);
        for (int i = 0; i < value.length; i++) {
            long fromStart = perSep < 0 ? i : value.length - i;
            if (sep != 0 && group > 0 && i > 0 && fromStart % group == 0) {
                sb.append(sep);
            }
            sb.append(HEX[(value[i] >> 4) & 15]).append(HEX[value[i] & 15]);
        }
        return sb.toString();
    }

    private static char separator(PyObject sepArg) {
        String sep;
        if (sepArg instanceof PyStr s) {
            sep = s.value();
        } else if (sepArg instanceof PyBytes s) {
            sep = s.latin1();
        } else {
            throw Errors.typeError("object of type '" + sepArg.type().name() + "' has no len()");
        }
        if (sep.codePointCount(0, sep.length()) != 1) {
            throw Errors.valueError("sep must be length 1.");
        }
        if (sep.charAt(0) >= 0x80) {
            throw Errors.valueError("sep must be ASCII.");
        }
        return sep.charAt(0);
    }

    /** bytes.fromhex(string): pairs of hex digits, with ASCII whitespace allowed between pairs. */
    private static byte[] fromhex(PyObject arg) {
        if (!(arg instanceof PyStr str)) {
            throw Errors.typeError("fromhex() argument must be str, not " + arg.type().name());
        }
        String s = str.value();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() / 2);
        int i = 0;
        while (i < s.length()) {
            if (isSpace(s.charAt(i))) {
                i++;
                continue;
            }
            int high = Character.digit(s.charAt(i), 16);
            int low = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (high < 0 || s.charAt(i) >= 0x80) {
                throw notHex(i);
            }
            if (low < 0 || s.charAt(i + 1) >= 0x80) {
                throw notHex(i + 1);
            }
            out.write(high << 4 | low);
            i += 2;
        }
        return out.toByteArray();
    }

    private static org.gilvm.interp.PyException notHex(int position) {
        return Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + position);
    }
}
