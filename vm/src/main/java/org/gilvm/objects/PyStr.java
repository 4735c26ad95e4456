package org.gilvm.objects;

/**
 * Python's str. Python indexes by code point; Java strings hold UTF-16 units. For strings without
 * surrogate pairs (nearly all) the two agree and indexing is direct; otherwise it goes through the
 * code points.
 */
public final class PyStr extends PyObject {
    public static final PyType TYPE = new PyType("str", PyType.OBJECT, PyStr::construct);
    public static final PyStr EMPTY = new PyStr("");
    private static final PyStr[] LATIN1 = new PyStr[256];

    static {
        for (int i = 0; i < LATIN1.length; i++) {
            LATIN1[i] = new PyStr(String.valueOf((char) i));
        }
    }

    private final String value;
    /** Code point count, or -1 until computed. */
    private int length = -1;
    private long hash;

    private PyStr(String value) {
        super(true);
        this.value = value;
    }

    public static PyStr of(String s) {
        if (s.length() == 1 && s.charAt(0) < 256) {
            return LATIN1[s.charAt(0)];
        }
        return s.isEmpty() ? EMPTY : new PyStr(s);
    }

    public static PyStr ofCodePoint(int cp) {
        return cp < 256 ? LATIN1[cp] : new PyStr(new String(Character.toChars(cp)));
    }

    /** BUILD_STRING: the strs {@code items[from .. from+n)} joined (an f-string's parts). */
    public static PyStr concat(PyObject[] items, int from, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < from + n; i++) {
            sb.append(((PyStr) items[i]).value());
        }
        return of(sb.toString());
    }

    public String value() {
        return value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String str() {
        return value;
    }

    @Override
    public String repr() {
        return reprOf(value);
    }

    @Override
    public boolean isTrue() {
        return !value.isEmpty();
    }

    @Override
    public int len() {
        int n = length;
        if (n < 0) {
            n = value.codePointCount(0, value.length());
            length = n;
        }
        return n;
    }

    /** True when every code point is one UTF-16 unit, so Java indexes are Python indexes. */
    public boolean isSimple() {
        return len() == value.length();
    }

    public int codePointAt(int index) {
        return isSimple() ? value.charAt(index) : value.codePointAt(value.offsetByCodePoints(0, index));
    }

    /** The code points {@code [from, to)}. */
    public String substring(int from, int to) {
        if (isSimple()) {
            return value.substring(from, to);
        }
        int start = value.offsetByCodePoints(0, from);
        return value.substring(start, value.offsetByCodePoints(start, to - from));
    }

    @Override
    public long hash() {
        long h = hash;
        if (h == 0) {
            h = spreadHash(value.hashCode(), value.isEmpty());
            hash = h;
        }
        return h;
    }

    /**
     * Python's hash from Java's String.hashCode of the text ({@code empty}: it has none): 0 for
     * the empty text, as CPython's (the one value its randomised hashes fix), never 0 otherwise.
     */
    static long spreadHash(int javaHash, boolean empty) {
        if (empty) {
            return 0;
        }
        // CPython randomises str hashes per process; any good spread is faithful.
        long h = javaHash * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        h &= PyInt.HASH_MODULUS;
        return h == 0 ? 1 : h;
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return other instanceof PyStr s && s.value.equals(value);
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice slice) {
            return sliced(slice);
        }
        int n = len();
        long i = Ops.index(key, "string indices must be integers, not '", "'").longValue();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError("string index out of range");
        }
        return ofCodePoint(codePointAt((int) i));
    }

    private PyStr sliced(PySlice slice) {
        int n = len();
        long[] r = slice.indices(n);
        int start = (int) r[0];
        int step = (int) r[2];
        int count = (int) r[3];
        if (step == 1) {
            return of(substring(start, start + count));
        }
        StringBuilder sb = new StringBuilder(count);
        for (int k = 0, i = start; k < count; k++, i += step) {
            sb.appendCodePoint(codePointAt(i));
        }
        return of(sb.toString());
    }

    @Override
    public boolean contains(PyObject item) {
        if (!(item instanceof PyStr s)) {
            throw Errors.typeError("'in <string>' requires string as left operand, not " + item.type().name());
        }
        return value.contains(s.value);
    }

    @Override
    public PyObject iter() {
        return new PyIterator.OverStr(this);
    }

    /** Python's repr of a string: single quotes unless the text has ' and no ", escapes as CPython. */
    public static String reprOf(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f || isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.append(quote).toString();
    }

    /** Python's str.isprintable for one code point (Unicode categories C* and Z* other than space). */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** {@code str(object='')}, or {@code str(bytes, encoding, errors)}: the bytes decoded. */
    private static PyObject construct(PyType type, Args args) {
        args.onlyKeywords("object", "encoding", "errors");
        if (args.size() > 3) {
            throw Errors.typeError("str() takes at most 3 arguments (" + args.size() + " given)");
        }
        PyObject object = args.arg(0, "object", null);
        PyObject encoding = args.arg(1, "encoding", null);
        PyObject errors = args.arg(2, "errors", null);
        if (encoding == null && errors == null) {
            return object == null ? EMPTY : of(object.str());
        }
        String enc = encoding == null ? "utf-8" : Codecs.textArg("str", "encoding", encoding);
        String err = errors == null ? "strict" : Codecs.textArg("str", "errors", errors);
        if (object == null) {
            return EMPTY;
        }
        if (object instanceof PyBytes b) {
            return of(Codecs.decode(b.value(), enc, err));
        }
        if (object instanceof PyStr) {
            throw Errors.typeError("decoding str is not supported");
        }
        throw Errors.typeError("decoding to str: need a bytes-like object, " + object.type().name() + " found");
    }
}
