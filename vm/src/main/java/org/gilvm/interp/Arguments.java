package org.gilvm.interp;

import java.util.ArrayList;
import java.util.List;
import org.gilvm.bytecode.Code;
import org.gilvm.heap.RefCount;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyFunction;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;

/** Binds call arguments to a function's parameters, with CPython's error messages. */
final class Arguments {
    private Arguments() { }

    /**
     * A fresh locals array with the parameters filled in; each filled slot owns a reference. With
     * {@code move}, the references of {@code args[off ..]} move into the locals (their slots
     * become null); otherwise they are borrowed and increfed. Defaults are always increfed. On an
     * error nothing has moved.
     */
    static PyObject[] bind(PyFunction f, PyObject[] args, int off, int nargs, String[] kwnames, boolean move) {
        Code code = f.code();
        int argcount = code.argcount;
        PyObject[] locals = new PyObject[code.varnames.length];
        int given = nargs + (kwnames == null ? 0 : kwnames.length);
        if (nargs == argcount && kwnames == null && !code.varargs && !code.varkeywords && code.kwonlyargcount == 0) {
            System.arraycopy(args, off, locals, 0, nargs);
            own(args, off, given, locals, move);
            return locals;
        }
        if (nargs > argcount && !code.varargs) {
            throw tooManyPositional(f, nargs, kwnames);
        }
        int named = argcount + code.kwonlyargcount;
        System.arraycopy(args, off, locals, 0, Math.min(nargs, argcount));
        List<Integer> extraKeywords = new ArrayList<>();
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                int slot = parameterIndex(code, kwnames[k], named);
                if (slot < 0) {
                    if (!code.varkeywords) {
                        throw Errors.typeError(code.qualname + "() got an unexpected keyword argument '" + kwnames[k] + "'");
                    }
                    extraKeywords.add(k);
                } else if (locals[slot] != null) {
                    throw Errors.typeError(code.qualname + "() got multiple values for argument '" + kwnames[k] + "'");
                } else {
                    locals[slot] = args[off + nargs + k];
                }
            }
        }
        checkMissing(f, locals, argcount, named);
        // Valid: from here on every slot takes its reference.
        for (int i = 0; i < named; i++) {
            RefCount.xincref(locals[i]);
        }
        fillDefaults(f, locals, argcount, named);
        int next = named;
        if (code.varargs) {
            int extra = Math.max(0, nargs - argcount);
            PyObject[] rest = new PyObject[extra];
            System.arraycopy(args, off + argcount, rest, 0, extra);
            locals[next++] = PyTuple.of(rest);
        }
        if (code.varkeywords) {
            PyDict kwargs = new PyDict();
            for (int k : extraKeywords) {
                kwargs.put(PyStr.of(kwnames[k]), args[off + nargs + k]);
            }
            locals[next] = kwargs;
        }
        if (move) {
            for (int i = off; i < off + given; i++) {
                PyObject moved = args[i];
                args[i] = null;
                RefCount.xdecref(moved);
            }
        }
        return locals;
    }

    /** CPython's errors for missing positional, then keyword-only, arguments without defaults. */
    private static void checkMissing(PyFunction f, PyObject[] locals, int argcount, int named) {
        Code code = f.code();
        int firstDefault = argcount - f.defaults().length;
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < firstDefault; i++) {
            if (locals[i] == null) {
                missing.add(code.varnames[i]);
            }
        }
        if (!missing.isEmpty()) {
            throw missingError(code, missing, "positional");
        }
        for (int i = argcount; i < named; i++) {
            if (locals[i] == null && (f.kwdefaults() == null || f.kwdefaults().get(PyStr.of(code.varnames[i])) == null)) {
                missing.add(code.varnames[i]);
            }
        }
        if (!missing.isEmpty()) {
            throw missingError(code, missing, "keyword-only");
        }
    }

    private static PyException missingError(Code code, List<String> missing, String kind) {
        return Errors.typeError(code.qualname + "() missing " + missing.size() + " required " + kind + " argument"
                + (missing.size() == 1 ? "" : "s") + ": " + nameList(missing));
    }

    /** Unfilled parameters take new references to their defaults. */
    private static void fillDefaults(PyFunction f, PyObject[] locals, int argcount, int named) {
        PyObject[] defaults = f.defaults();
        int firstDefault = argcount - defaults.length;
        for (int i = Math.max(0, firstDefault); i < argcount; i++) {
            if (locals[i] == null) {
                locals[i] = RefCount.newRef(defaults[i - firstDefault]);
            }
        }
        for (int i = argcount; i < named; i++) {
            if (locals[i] == null) {
                locals[i] = RefCount.newRef(f.kwdefaults().get(PyStr.of(f.code().varnames[i])));
            }
        }
    }

    /** The locals take their references: moved out of {@code args}, or increfed when borrowed. */
    private static void own(PyObject[] args, int off, int n, PyObject[] locals, boolean move) {
        if (move) {
            for (int i = off; i < off + n; i++) {
                args[i] = null;
            }
        } else {
            for (int i = 0; i < locals.length; i++) {
                RefCount.xincref(locals[i]);
            }
        }
    }

    private static int parameterIndex(Code code, String name) {
        return parameterIndex(code, name, code.argcount);
    }

    /** The slot of the parameter that keyword {@code name} binds (among the first {@code named}), or -1. */
    private static int parameterIndex(Code code, String name, int named) {
        for (int i = 0; i < named; i++) {
            if (code.varnames[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static PyException tooManyPositional(PyFunction f, int given, String[] kwnames) {
        Code code = f.code();
        int max = code.argcount;
        int min = max - f.defaults().length;
        String takes = min == max ? String.valueOf(max) : "from " + min + " to " + max;
        int kwGiven = 0;
        if (kwnames != null) {
            for (String k : kwnames) {
                if (parameterIndex(code, k) >= 0) {
                    kwGiven++;
                }
            }
        }
        String plural = min == max && max == 1 ? "" : "s";
        String given2 = given + (kwGiven > 0 ? " positional argument" + (given == 1 ? "" : "s")
                + " (and " + kwGiven + " keyword-only argument" + (kwGiven == 1 ? "" : "s") + ") were given"
                : (given == 1 ? " was given" : " were given"));
        return Errors.typeError(code.qualname + "() takes " + takes + " positional argument" + plural + " but " + given2);
    }

    /** {@code 'a'}, {@code 'a' and 'b'}, {@code 'a', 'b', and 'c'}. */
    private static String nameList(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return sb.toString();
    }
}
