package org.gilvm.interp;

import java.util.ArrayList;
import java.util.List;
import org.gilvm.bytecode.Code;
import org.gilvm.heap.RefCount;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyFunction;
import org.gilvm.objects.PyObject;

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
        if (nargs == argcount && kwnames == null) {
            System.arraycopy(args, off, locals, 0, nargs);
            own(args, off, given, locals, move);
            return locals;
        }
        PyObject[] defaults = f.defaults();
        if (nargs > argcount) {
            throw tooManyPositional(f, nargs, kwnames);
        }
        System.arraycopy(args, off, locals, 0, nargs);
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                int slot = parameterIndex(code, kwnames[k]);
                if (slot < 0) {
                    throw Errors.typeError(code.qualname + "() got an unexpected keyword argument '" + kwnames[k] + "'");
                }
                if (locals[slot] != null) {
                    throw Errors.typeError(code.qualname + "() got multiple values for argument '" + kwnames[k] + "'");
                }
                locals[slot] = args[off + nargs + k];
            }
        }
        int firstDefault = argcount - defaults.length;
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < firstDefault; i++) {
            if (locals[i] == null) {
                missing.add(code.varnames[i]);
            }
        }
        if (!missing.isEmpty()) {
            throw Errors.typeError(code.qualname + "() missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + nameList(missing));
        }
        own(args, off, given, locals, move);
        for (int i = Math.max(0, firstDefault); i < argcount; i++) {
            if (locals[i] == null) {
                locals[i] = RefCount.newRef(defaults[i - firstDefault]);
            }
        }
        return locals;
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
        for (int i = 0; i < code.argcount; i++) {
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
