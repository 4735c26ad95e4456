package org.gilvm.interp;

import java.util.ArrayList;
import java.util.List;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyTuple;

/** UNPACK_SEQUENCE and UNPACK_EX: {@code a, b = x} and {@code a, *b, c = x}. */
final class Unpacking {
    private Unpacking() { }

    /** Replaces TOS by its {@code n} items, the first on top; returns the new sp. */
    static int unpack(PyObject[] stack, int sp, int n) {
        PyObject seq = stack[sp - 1];
        PyObject[] items;
        if (seq instanceof PyTuple t && t.size() == n) {
            items = t.items();
        } else if (seq instanceof PyList l && l.size() == n) {
            items = l.toArray();
        } else {
            items = collect(seq, n);
        }
        sp--;
        for (int i = n - 1; i >= 0; i--) {
            stack[sp++] = items[i];
        }
        return sp;
    }

    private static PyObject[] collect(PyObject seq, int n) {
        PyObject it = iterate(seq);
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            items[i] = it.next();
            if (items[i] == null) {
                throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
            }
        }
        if (it.next() != null) {
            throw Errors.valueError("too many values to unpack (expected " + n + ")");
        }
        return items;
    }

    private static PyObject iterate(PyObject seq) {
        try {
            return seq.iter();
        } catch (PyException e) {
            throw Errors.typeError("cannot unpack non-iterable " + seq.type().name() + " object");
        }
    }

    static int unpackStarred(PyObject[] stack, int sp, int before, int after) {
        PyObject it = iterate(stack[sp - 1]);
        List<PyObject> all = new ArrayList<>();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            all.add(x);
        }
        if (all.size() < before + after) {
            throw Errors.valueError("not enough values to unpack (expected at least " + (before + after)
                    + ", got " + all.size() + ")");
        }
        sp--;
        for (int i = all.size() - 1; i >= all.size() - after; i--) {
            stack[sp++] = all.get(i);
        }
        stack[sp++] = PyList.wrap(all.subList(before, all.size() - after).toArray(new PyObject[0]));
        for (int i = before - 1; i >= 0; i--) {
            stack[sp++] = all.get(i);
        }
        return sp;
    }
}
