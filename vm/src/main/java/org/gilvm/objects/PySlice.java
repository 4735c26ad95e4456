package org.gilvm.objects;

import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;

/** {@code start:stop:step}, as made by a subscript; each part may be None. The slice owns all three. */
public final class PySlice extends PyObject {
    public static final PyType TYPE = new PyType("slice", PyType.OBJECT, (t, a) -> {
        a.noKeywords().between(1, 3);
        return a.size() == 1 ? new PySlice(PyNone.NONE, a.get(0), PyNone.NONE)
                : new PySlice(a.get(0), a.get(1), a.getOr(2, PyNone.NONE));
    });

    private PyObject start;
    private PyObject stop;
    private PyObject step;

    /** Takes a new reference to each of {@code start}, {@code stop} and {@code step}. */
    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = RefCount.newRef(start);
        this.stop = RefCount.newRef(stop);
        this.step = RefCount.newRef(step);
    }

    @Override
    public void traverse(RefVisitor v) {
        v.visit(start);
        v.visit(stop);
        v.visit(step);
    }

    /** Step, start, stop: CPython's slice_dealloc order. The slice reads as {@code slice(None, None, None)}. */
    @Override
    protected void releaseReferences() {
        PyObject oldStart = start;
        PyObject oldStop = stop;
        PyObject oldStep = step;
        start = PyNone.NONE;
        stop = PyNone.NONE;
        step = PyNone.NONE;
        RefCount.releaseInOrder(new PyObject[] {oldStep, oldStart, oldStop}, 3);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "slice(" + start.repr() + ", " + stop.repr() + ", " + step.repr() + ")";
    }

    @Override
    public long hash() {
        throw Errors.unhashable(this);
    }

    /** CPython's PySlice_GetIndicesEx for a sequence of {@code length}: {start, stop, step, count}. */
    public long[] indices(int length) {
        long st = step == PyNone.NONE ? 1 : bound(step);
        if (st == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long from = start == PyNone.NONE ? (st < 0 ? upper : lower) : clamp(bound(start), length, lower, upper);
        long to = stop == PyNone.NONE ? (st < 0 ? lower : upper) : clamp(bound(stop), length, lower, upper);
        long count;
        if (st > 0) {
            count = from < to ? (to - from - 1) / st + 1 : 0;
        } else {
            count = to < from ? (from - to - 1) / (-st) + 1 : 0;
        }
        return new long[] {from, to, st, count};
    }

    private static long clamp(long i, int length, long lower, long upper) {
        if (i < 0) {
            i += length;
            return i < lower ? lower : i;
        }
        return i > upper ? upper : i;
    }

    /** Slice bounds saturate rather than overflow, as in CPython. */
    private static long bound(PyObject o) {
        PyInt i = Ops.index(o, "slice indices must be integers or None or have an __index__ method");
        if (!i.isSmall()) {
            return i.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        return Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, i.longValue()));
    }
}
