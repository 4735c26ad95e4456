package org.gilvm.interp;

import java.util.ArrayList;
import java.util.List;
import org.gilvm.heap.Pinned;
import org.gilvm.heap.RefCount;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyTuple;

/**
 * UNPACK_SEQUENCE and UNPACK_EX: {@code a, b = x} and {@code a, *b, c = x}. Each pushed item is a
 * new reference; the sequence is popped (and decref'd) once its items are on the stack.
 */
final class Unpacking {
    private Unpacking() { }

    /** Replaces TOS by its {@code n} items, the first on top; returns the new sp. */
    static int unpack(PyObject[] stack, int sp, int n) {
        PyObject seq = stack[sp - 1];
        PyObject[] items = null;
        if (seq instanceof PyTuple t && t.size() == n) {
            items = increfAll(t.items().clone());
        } else if (seq instanceof PyList l) {
            items = l.ownedItemsIfSize(n);
        }
        if (items == null) {
            items = collect(seq, n);
        }
        sp--;
        for (int i = n - 1; i >= 0; i--) {
            stack[sp++] = items[i];
        }
        RefCount.decref(seq);
        return sp;
    }

    private static PyObject[] increfAll(PyObject[] items) {
        for (PyObject x : items) {
            RefCount.incref(x);
        }
        return items;
    }

    private static PyObject[] collect(PyObject seq, int n) {
        PyObject it = iterate(seq);
        PyObject[] items = new PyObject[n];
        try (Pinned pins = Pinned.of(it)) {
            for (int i = 0; i < n; i++) {
                items[i] = it.next();
                pins.add(items[i]);
                if (items[i] == null) {
                    throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
                }
            }
            PyObject extra = it.next();
            if (extra != null) {
                RefCount.decref(extra);
                throw Errors.valueError("too many values to unpack (expected " + n + ")");
            }
            return items;
        } catch (PyException e) {
            for (PyObject x : items) {
                RefCount.xdecref(x);
            }
            throw e;
        } finally {
            RefCount.decref(it);
        }
    }

    private static PyObject iterate(PyObject seq) {
        try {
            return seq.iter();
        } catch (PyException e) {
            e.discard();
            throw Errors.typeError("cannot unpack non-iterable " + seq.type().name() + " object");
        }
    }

    static int unpackStarred(PyObject[] stack, int sp, int before, int after) {
        PyObject seq = stack[sp - 1];
        PyObject it = iterate(seq);
        List<PyObject> all = new ArrayList<>();
        try (Pinned pins = Pinned.of(it)) {
            for (PyObject x = it.next(); x != null; x = it.next()) {
                all.add(x);
                pins.add(x);
            }
        } catch (PyException e) {
            all.forEach(RefCount::decref);
            throw e;
        } finally {
            RefCount.decref(it);
        }
        if (all.size() < before + after) {
            all.forEach(RefCount::decref);
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
        RefCount.decref(seq);
        return sp;
    }
}
