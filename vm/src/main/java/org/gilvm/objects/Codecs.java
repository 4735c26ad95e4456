package org.gilvm.objects;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * The three codecs gilvm has, {@code utf-8}, {@code ascii} and {@code latin-1}, with CPython's
 * error handlers {@code strict}, {@code ignore}, {@code replace}, {@code backslashreplace} (and
 * {@code xmlcharrefreplace} for encoding), and CPython's messages, which say where the bad input
 * is. So UTF-8 is decoded here rather than by Java: the messages name the maximal invalid
 * subsequence ("invalid start byte", "invalid continuation byte", "unexpected end of data") as
 * CPython's decoder does, and the replace handler puts one U+FFFD for each such subsequence.
 */
public final class Codecs {
    private Codecs() { }

    private static final String UTF_8 = "utf-8";
    private static final String ASCII = "ascii";
    private static final String LATIN_1 = "latin-1";

    /** A str argument ({@code encoding}, {@code errors}) of {@code function}, with CPython's TypeError. */
    public static String textArg(String function, String name, PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError(function + "() argument '" + name + "' must be str, not " + o.type().name());
        }
        return s.value();
    }

    /**
     * The {@code (encoding='utf-8', errors='strict')} arguments of str.encode and bytes.decode
     * ({@code function}), checked with CPython's messages: {encoding, errors}.
     */
    public static String[] encodingAndErrors(Args a, String function) {
        a.onlyKeywords("encoding", "errors");
        if (a.size() > 2) {
            throw Errors.typeError(function + "() takes at most 2 arguments (" + a.size() + " given)");
        }
        PyObject encoding = a.arg(0, "encoding", null);
        PyObject errors = a.arg(1, "errors", null);
        return new String[] {encoding == null ? UTF_8 : textArg(function, "encoding", encoding),
            errors == null ? "strict" : textArg(function, "errors", errors)};
    }

    /**
     * The codec's canonical name for one of CPython's spellings: as {@code encodings.normalize_encoding},
     * case does not matter and runs of other characters than letters, digits and '.' read as one
     * '_' (none at the ends); the aliases of {@code encodings/aliases.py} for the three codecs are known.
     */
    static String codec(String encoding) {
        String n = encoding.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "_").replaceAll("^_|_$", "");
        switch (n) {
            case "utf_8", "utf8", "u8", "utf", "cp65001":
                return UTF_8;
            case "ascii", "us_ascii", "us", "646", "cp367", "ibm367", "iso646_us", "csascii":
                return ASCII;
            case "latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "iso8859", "cp819",
                 "ibm819", "iso_ir_100", "csisolatin1":
                return LATIN_1;
            default:
                if (knownElsewhere(encoding)) {
                    throw Errors.raise(PyExceptionTypes.LOOKUP_ERROR, "encoding '" + encoding
                            + "' is not supported by gilvm (it has utf-8, ascii and latin-1)");
                }
                throw Errors.raise(PyExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
    }

    /** Whether Java knows the encoding: then CPython most likely does too, and gilvm should not call it unknown. */
    private static boolean knownElsewhere(String encoding) {
        try {
            return java.nio.charset.Charset.isSupported(encoding.strip());
        } catch (java.nio.charset.IllegalCharsetNameException e) {
            return false;
        }
    }

    /** CPython looks an error handler up only when an error happens; so does this. */
    private static void checkHandler(String errors, boolean decoding) {
        switch (errors) {
            case "strict", "ignore", "replace", "backslashreplace":
                return;
            case "xmlcharrefreplace":
                if (!decoding) {
                    return;
                }
                throw Errors.typeError("don't know how to handle UnicodeDecodeError in error callback");
            case "surrogateescape", "surrogatepass", "namereplace":
                throw Errors.raise(PyExceptionTypes.LOOKUP_ERROR, "error handler '" + errors
                        + "' is not supported by gilvm");
            default:
                throw Errors.raise(PyExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
        }
    }

    // ---------------------------------------------------------------- encoding

    /** {@code text.encode(encoding, errors)}. */
    public static byte[] encode(String text, String encoding, String errors) {
        String codec = codec(encoding);
        int limit = codec.equals(ASCII) ? 0x80 : codec.equals(LATIN_1) ? 0x100 : Integer.MAX_VALUE;
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; ) {
            if (encodable(cps[i], limit)) {
                writeEncoded(out, cps[i++], codec);
                continue;
            }
            int end = i + 1; // CPython reports a run of characters the codec cannot encode as one error
            while (end < cps.length && !encodable(cps[end], limit)) {
                end++;
            }
            if (errors.equals("strict")) {
                throw encodeError(codec, cps, i, end, limit);
            }
            checkHandler(errors, false);
            for (int k = i; k < end; k++) {
                switch (errors) {
                    case "replace" -> out.write('?');
                    case "backslashreplace" -> out.writeBytes(escaped(cps[k]).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    case "xmlcharrefreplace" -> out.writeBytes(("&#" + cps[k] + ";").getBytes(
                            java.nio.charset.StandardCharsets.US_ASCII));
                    default -> { } // ignore
                }
            }
            i = end;
        }
        return out.toByteArray();
    }

    /** UTF-8 encodes every code point but a surrogate (lone: Java pairs the others up). */
    private static boolean encodable(int cp, int limit) {
        return cp < limit && !(limit == Integer.MAX_VALUE && cp >= 0xD800 && cp <= 0xDFFF);
    }

    private static void writeEncoded(ByteArrayOutputStream out, int cp, String codec) {
        if (!codec.equals(UTF_8) || cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xC0 | cp >> 6);
            out.write(0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            out.write(0xE0 | cp >> 12);
            out.write(0x80 | cp >> 6 & 0x3F);
            out.write(0x80 | cp & 0x3F);
        } else {
            out.write(0xF0 | cp >> 18);
            out.write(0x80 | cp >> 12 & 0x3F);
            out.write(0x80 | cp >> 6 & 0x3F);
            out.write(0x80 | cp & 0x3F);
        }
    }

    /** How a code point is written in an error message or by backslashreplace: always escaped. */
    private static String escaped(int cp) {
        return cp < 0x100 ? String.format("\\x%02x", cp)
                : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
    }

    private static org.gilvm.interp.PyException encodeError(String codec, int[] cps, int start, int end, int limit) {
        String reason = limit == Integer.MAX_VALUE ? "surrogates not allowed"
                : "ordinal not in range(" + limit + ")";
        String what = end - start == 1 ? "character '" + escaped(cps[start]) + "' in position " + start
                : "characters in position " + start + "-" + (end - 1);
        return Errors.raise(PyExceptionTypes.UNICODE_ENCODE_ERROR,
                "'" + codec + "' codec can't encode " + what + ": " + reason);
    }

    // ---------------------------------------------------------------- decoding

    /** {@code data.decode(encoding, errors)}. */
    public static String decode(byte[] data, String encoding, String errors) {
        String codec = codec(encoding);
        if (codec.equals(LATIN_1)) {
            return new String(data, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        StringBuilder out = new StringBuilder(data.length);
        int i = 0;
        while (i < data.length) {
            int b = data[i] & 0xFF;
            if (b < 0x80) {
                out.append((char) b);
                i++;
                continue;
            }
            int end;
            String reason;
            if (codec.equals(ASCII)) {
                end = i + 1;
                reason = "ordinal not in range(128)";
            } else {
                int need = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
                if (need < 0) {
                    end = i + 1;
                    reason = "invalid start byte";
                } else {
                    int got = 0;
                    while (got < need && i + 1 + got < data.length
                            && continues(b, got, data[i + 1 + got] & 0xFF)) {
                        got++;
                    }
                    if (got == need) {
                        out.appendCodePoint(codePoint(data, i, need));
                        i += need + 1;
                        continue;
                    }
                    end = i + 1 + got;
                    reason = end == data.length ? "unexpected end of data" : "invalid continuation byte";
                }
            }
            if (errors.equals("strict")) {
                throw decodeError(codec, data, i, end, reason);
            }
            checkHandler(errors, true);
            switch (errors) {
                case "replace" -> out.append('\uFFFD');
                case "backslashreplace" -> {
                    for (int k = i; k < end; k++) {
                        out.append(escaped(data[k] & 0xFF));
                    }
                }
                default -> { } // ignore
            }
            i = end;
        }
        return out.toString();
    }

    /**
     * Whether {@code c} can be continuation byte {@code index} (0-based) after lead byte
     * {@code lead}: 0x80..0xBF, narrowed for the second byte where the lead byte allows
     * overlong forms, surrogates or code points past U+10FFFF (Unicode's table 3-7, as CPython).
     */
    private static boolean continues(int lead, int index, int c) {
        int low = 0x80;
        int high = 0xBF;
        if (index == 0) {
            switch (lead) {
                case 0xE0 -> low = 0xA0;
                case 0xED -> high = 0x9F;
                case 0xF0 -> low = 0x90;
                case 0xF4 -> high = 0x8F;
                default -> { }
            }
        }
        return c >= low && c <= high;
    }

    private static int codePoint(byte[] data, int at, int continuation) {
        int lead = data[at] & 0xFF;
        int cp = lead & (continuation == 1 ? 0x1F : continuation == 2 ? 0x0F : 0x07);
        for (int k = 1; k <= continuation; k++) {
            cp = cp << 6 | data[at + k] & 0x3F;
        }
        return cp;
    }

    private static org.gilvm.interp.PyException decodeError(String codec, byte[] data, int start, int end,
                                                           String reason) {
        String what = end - start == 1 ? String.format("byte 0x%02x in position %d", data[start] & 0xFF, start)
                : "bytes in position " + start + "-" + (end - 1);
        return Errors.raise(PyExceptionTypes.UNICODE_DECODE_ERROR,
                "'" + codec + "' codec can't decode " + what + ": " + reason);
    }
}
