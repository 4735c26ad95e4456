package org.gilvm.objects;

/**
 * The arguments of a call to a built-in, as a view over the caller's values (no copy): positional
 * values first, then one value per keyword name. Checks produce CPython's messages.
 */
public final class Args {
    public static final Args EMPTY = new Args("", new PyObject[0], 0, 0, null);

    private final String function;
    private final PyObject[] values;
    private final int off;
    private final int npos;
    private final String[] kwnames;

    public Args(String function, PyObject[] values, int off, int npos, String[] kwnames) {
        this.function = function;
        this.values = values;
        this.off = off;
        this.npos = npos;
        this.kwnames = kwnames;
    }

    /** Number of positional arguments. */
    public int size() {
        return npos;
    }

    public int kwSize() {
        return kwnames == null ? 0 : kwnames.length;
    }

    public PyObject get(int i) {
        return values[off + i];
    }

    public PyObject getOr(int i, PyObject fallback) {
        return i < npos ? values[off + i] : fallback;
    }

    /** The value of keyword {@code name}, or null. */
    public PyObject keyword(String name) {
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                if (kwnames[k].equals(name)) {
                    return values[off + npos + k];
                }
            }
        }
        return null;
    }

    public String kwName(int k) {
        return kwnames[k];
    }

    public PyObject kwValue(int k) {
        return values[off + npos + k];
    }

    /** Positional argument {@code i}, or keyword {@code name}, or {@code fallback}. */
    public PyObject arg(int i, String name, PyObject fallback) {
        if (i < npos) {
            PyObject dup = keyword(name);
            if (dup != null) {
                throw Errors.typeError("argument for " + function + "() given by name ('" + name
                        + "') and position (" + (i + 1) + ")");
            }
            return values[off + i];
        }
        PyObject kw = keyword(name);
        return kw == null ? fallback : kw;
    }

    /** A new tuple of the positional arguments (holding new references to them). */
    public PyTuple positionalTuple() {
        PyObject[] items = new PyObject[npos];
        System.arraycopy(values, off, items, 0, npos);
        return PyTuple.of(items);
    }

    /** Only the keywords in {@code allowed} may appear. */
    public Args onlyKeywords(String... allowed) {
        if (kwnames != null) {
            outer:
            for (String k : kwnames) {
                for (String a : allowed) {
                    if (a.equals(k)) {
                        continue outer;
                    }
                }
                throw Errors.typeError(function + "() got an unexpected keyword argument '" + k + "'");
            }
        }
        return this;
    }

    public Args noKeywords() {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(function + "() takes no keyword arguments");
        }
        return this;
    }

    public void noneExpected(String what) {
        if (npos + kwSize() > 0) {
            throw Errors.typeError(what + "() takes no arguments");
        }
    }

    /** CPython's wording for built-ins with one fixed argument: {@code len() takes exactly one argument (2 given)}. */
    public Args exactlyOne() {
        noKeywords();
        if (npos != 1) {
            throw Errors.typeError(function + "() takes exactly one argument (" + npos + " given)");
        }
        return this;
    }

    /** CPython's wording for argument-clinic built-ins: {@code pop expected at most 1 argument, got 2}. */
    public Args between(int min, int max) {
        if (npos < min) {
            throw Errors.typeError(function + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + npos);
        }
        if (npos > max) {
            throw Errors.typeError(function + " expected at most " + max + " argument" + (max == 1 ? "" : "s")
                    + ", got " + npos);
        }
        return this;
    }

    public String function() {
        return function;
    }
}
