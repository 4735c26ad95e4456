package org.gilvm.objects;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.gilvm.heap.Pinned;
import org.gilvm.heap.RefCount;

/**
 * Python's bytes: an immutable sequence of bytes. Immortal, as str is: it references nothing, so
 * its count could never cause a leak or a dangling reference (docs/refcounting.md).
 *
 * <p>The array is never written once the object exists, so it is shared, not copied: by the
 * constant pool, and by hashlib, which reads it with the GIL released while other threads run.
 */
public final class PyBytes extends PyObject {
    public static final PyType TYPE = new PyType("bytes", PyType.OBJECT, PyBytes::construct);
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);
    /** One-byte values are shared, as CPython shares them. */
    private static final PyBytes[] SINGLE = new PyBytes[256];

    static {
        for (int i = 0; i < SINGLE.length; i++) {
            SINGLE[i] = new PyBytes(new byte[] {(byte) i});
        }
    }

    private final byte[] value;
    /** 0 until computed (and for b'', whose hash is 0). */
    private long hash;

    private PyBytes(byte[] value) {
        super(true);
        this.value = value;
    }

    /** A bytes object holding {@code value}, which the caller hands over and must not change afterwards. */
    public static PyBytes of(byte[] value) {
        if (value.length == 0) {
            return EMPTY;
        }
        return value.length == 1 ? SINGLE[value[0] & 0xFF] : new PyBytes(value);
    }

    /** The bytes of a string whose characters are all below 256 (one byte each, as latin-1). */
    public static PyBytes ofLatin1(String s) {
        return of(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * The contents, not a copy (borrowed): never write to it. Readers may keep the reference
     * as long as they like, because nothing ever writes to it.
     */
    public byte[] value() {
        return value;
    }

    /** The contents as a string of one character per byte, so text algorithms can serve bytes. */
    public String latin1() {
        return new String(value, StandardCharsets.ISO_8859_1);
    }

    /** Byte {@code i}, from 0 to 255. */
    public int at(int i) {
        return value[i] & 0xFF;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return reprOf(value);
    }

    /** CPython's bytes_repr: single quotes unless the bytes hold ' and no ", other bytes escaped. */
    public static String reprOf(byte[] value) {
        boolean single = false;
        boolean dbl = false;
        for (byte b : value) {
            single |= b == '\'';
            dbl |= b == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(value.length + 3).append('b').append(quote);
        for (byte b : value) {
            int c = b & 0xFF;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    @Override
    public boolean isTrue() {
        return value.length > 0;
    }

    @Override
    public int len() {
        return value.length;
    }

    /**
     * The same hash as the str of the same characters (one per byte), as in CPython, whose str and
     * bytes hashes read the same bytes for text below U+0100.
     */
    @Override
    public long hash() {
        long h = hash;
        if (h == 0) {
            int javaHash = 0;
            for (byte b : value) {
                javaHash = 31 * javaHash + (b & 0xFF); // String.hashCode of latin1(), without making it
            }
            h = PyStr.spreadHash(javaHash, value.length == 0);
            hash = h;
        }
        return h;
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return other instanceof PyBytes b && Arrays.equals(b.value, value);
    }

    /** Lexicographic order of the unsigned bytes, then length. */
    public static int compare(PyBytes a, PyBytes b) {
        return Arrays.compareUnsigned(a.value, b.value);
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice slice) {
            long[] r = slice.indices(value.length);
            int start = (int) r[0];
            int step = (int) r[2];
            int count = (int) r[3];
            if (step == 1) {
                return of(Arrays.copyOfRange(value, start, start + count));
            }
            byte[] out = new byte[count];
            for (int k = 0, i = start; k < count; k++, i += step) {
                out[k] = value[i];
            }
            return of(out);
        }
        long i = Ops.index(key, "byte indices must be integers or slices, not ", "").longValue();
        if (i < 0) {
            i += value.length;
        }
        if (i < 0 || i >= value.length) {
            throw Errors.indexError("index out of range");
        }
        return PyInt.of(value[(int) i] & 0xFF);
    }

    /** {@code item in self}: a byte value or a sub-sequence. */
    @Override
    public boolean contains(PyObject item) {
        if (item instanceof PyInt i) {
            return indexOf(value, new byte[] {byteValue(i)}, 0) >= 0;
        }
        return indexOf(value, bytesArg(item).value, 0) >= 0;
    }

    /** An int as one byte, with CPython's ValueError when it is not in range(0, 256). */
    public static byte byteValue(PyInt i) {
        if (!i.isSmall() || i.longValue() < 0 || i.longValue() > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        return (byte) i.longValue();
    }

    /** The argument as bytes, or CPython's TypeError for an object without the buffer protocol. */
    public static PyBytes bytesArg(PyObject o) {
        if (o instanceof PyBytes b) {
            return b;
        }
        throw Errors.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
    }

    /** The first index at or after {@code from} where {@code needle} starts in {@code hay}, or -1. */
    public static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public PyObject iter() {
        return new PyIterator.OverBytes(this);
    }

    public static PyBytes concat(PyBytes a, PyBytes b) {
        byte[] out = Arrays.copyOf(a.value, a.value.length + b.value.length);
        System.arraycopy(b.value, 0, out, a.value.length, b.value.length);
        return of(out);
    }

    /** {@code self * times}; a count at or below zero gives b''. */
    public PyBytes repeat(long times) {
        if (times <= 0 || value.length == 0) {
            return EMPTY;
        }
        if (times > (Integer.MAX_VALUE - 16) / value.length) {
            throw Errors.raise(PyExceptionTypes.OVERFLOW_ERROR, "repeated bytes are too long");
        }
        byte[] out = new byte[(int) (value.length * times)];
        for (int at = 0; at < out.length; at += value.length) {
            System.arraycopy(value, 0, out, at, value.length);
        }
        return of(out);
    }

    /**
     * {@code bytes(source, encoding, errors)}: b'', zeros, the bytes of an iterable of ints, of a
     * str in an encoding, or what {@code __bytes__} returns; CPython's errors for everything else.
     */
    private static PyObject construct(PyType type, Args a) {
        a.onlyKeywords("source", "encoding", "errors");
        if (a.size() > 3) {
            throw Errors.typeError("bytes() takes at most 3 arguments (" + a.size() + " given)");
        }
        PyObject source = a.arg(0, "source", null);
        PyObject encoding = a.arg(1, "encoding", null);
        PyObject errors = a.arg(2, "errors", null);
        if (encoding != null || errors != null) {
            if (!(source instanceof PyStr s)) {
                throw Errors.typeError((encoding != null ? "encoding" : "errors") + " without a string argument");
            }
            if (encoding == null) {
                throw Errors.typeError("string argument without an encoding");
            }
            return of(Codecs.encode(s.value(), Codecs.textArg("bytes", "encoding", encoding),
                    errors == null ? "strict" : Codecs.textArg("bytes", "errors", errors)));
        }
        if (source == null) {
            return EMPTY;
        }
        if (source instanceof PyBytes) {
            return source;
        }
        if (source instanceof PyStr) {
            throw Errors.typeError("string argument without an encoding");
        }
        if (source instanceof PyInt n) {
            return zeros(n);
        }
        PyObject viaDunder = Dunders.call(source, "__bytes__");
        if (viaDunder != null) {
            if (!(viaDunder instanceof PyBytes)) {
                RefCount.decref(viaDunder);
                throw Errors.typeError("__bytes__ returned non-bytes (type " + viaDunder.type().name() + ")");
            }
            return viaDunder;
        }
        return fromIterable(source);
    }

    private static PyBytes zeros(PyInt n) {
        if (!n.isSmall()) {
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        long count = n.longValue();
        if (count < 0) {
            throw Errors.valueError("negative count");
        }
        if (count > Integer.MAX_VALUE - 16) {
            throw Errors.raise(PyExceptionTypes.MEMORY_ERROR, null);
        }
        return of(new byte[(int) count]);
    }

    private static PyBytes fromIterable(PyObject source) {
        PyObject it = Ops.iterOr(source, "cannot convert '" + source.type().name() + "' object to bytes");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        // next() and __index__ may run Python code (and an audit): what this loop holds is pinned.
        try (Pinned pins = Pinned.of(it, null)) {
            for (PyObject x = it.next(); x != null; x = it.next()) {
                pins.set(1, x);
                try {
                    PyInt v = Ops.index(x);
                    if (!v.isSmall() || v.longValue() < 0 || v.longValue() > 255) {
                        throw Errors.valueError("bytes must be in range(0, 256)");
                    }
                    out.write((int) v.longValue());
                } finally {
                    pins.set(1, null);
                    RefCount.decref(x);
                }
            }
        } finally {
            RefCount.decref(it);
        }
        return of(out.toByteArray());
    }
}
