package org.gilvm.interp;

import java.util.Map;
import org.gilvm.bytecode.Code;
import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;
import org.gilvm.objects.PyCell;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyObject;

/**
 * One activation of a code object: its variables, its operand stack and where it is.
 *
 * <p>The frame owns one reference per non-null slot of {@link #locals}, {@link #cells} and
 * {@link #stack}, and per value of {@link #namespace}. Stack slots at or above the stack pointer
 * are always null, so the audit can count the stack without knowing where the pointer is.
 */
public final class Frame {
    public final Code code;
    public final PyModule module;
    public final PyObject[] locals;
    public final PyCell[] cells;
    public final PyObject[] stack;
    /** The class namespace while a class body runs; null otherwise. */
    final Map<String, PyObject> namespace;
    /** Index of the next instruction; written by the dispatch loop before each instruction runs. */
    int pc;
    /** The stack pointer, written back by the dispatch loop when it leaves or calls out. */
    int sp;
    /** The calling frame on the same thread. */
    Frame back;
    /** How a generator's frame last left {@code execute}: it returned (or raised), or it yielded. */
    int suspension;
    static final int RETURNED = 0;
    static final int YIELDED = 1;
    /** Yielded inside {@code yield from}: the subiterator is on top of the stack. */
    static final int YIELDED_FROM = 2;
    /** An exception {@code generator.throw()} raises where the frame stands when it resumes; owned. */
    PyException thrownIn;
    /**
     * The frame returned and is letting go of its locals: still on its thread for the audit, but
     * no longer where the program is (CPython unlinks it first), for a warning's location.
     */
    boolean returning;

    Frame(Code code, PyModule module, PyObject[] locals, PyCell[] cells, Map<String, PyObject> namespace) {
        this.code = code;
        this.module = module;
        this.locals = locals;
        this.cells = cells;
        this.stack = new PyObject[code.stacksize];
        this.namespace = namespace;
    }

    PyException takeThrownIn() {
        PyException e = thrownIn;
        thrownIn = null;
        return e;
    }

    /** The line being executed (or that made the current call). */
    public int line() {
        return code.lineAt(Math.max(0, pc - 1));
    }

    public Frame back() {
        return back;
    }

    /** Every reference the frame owns, for the audit. */
    void traverse(RefVisitor v) {
        visitAll(locals, v);
        visitAll(cells, v);
        visitAll(stack, v);
        if (namespace != null) {
            namespace.values().forEach(v::visit);
        }
    }

    private static void visitAll(PyObject[] slots, RefVisitor v) {
        for (PyObject o : slots) {
            if (o != null) {
                v.visit(o);
            }
        }
    }

    /**
     * The frame's references, taken out of it in the order {@link #release} drops them: for an
     * exception leaving the frame, which keeps them (as CPython's traceback keeps the frame).
     */
    PyObject[] takeAll() {
        java.util.List<PyObject> refs = new java.util.ArrayList<>();
        int[] cellOf = cellOfParameter();
        for (int i = 0; i < locals.length; i++) {
            takeInto(locals, i, refs);
            if (i < cellOf.length && cellOf[i] >= 0) {
                takeInto(cells, cellOf[i], refs);
            }
        }
        for (int i = 0; i < cells.length; i++) {
            takeInto(cells, i, refs);
        }
        for (int i = 0; i < stack.length; i++) {
            takeInto(stack, i, refs);
        }
        return refs.toArray(new PyObject[0]);
    }

    private static void takeInto(PyObject[] slots, int i, java.util.List<PyObject> refs) {
        if (slots[i] != null) {
            refs.add(slots[i]);
            slots[i] = null;
        }
    }

    /**
     * For each local slot, the cell a parameter moved into, or -1. In CPython that cell stands in
     * the parameter's own slot (MAKE_CELL), so it is freed in the parameter's turn, before the
     * locals after it and the other cells.
     */
    private int[] cellOfParameter() {
        int[] params = code.cellParameters;
        int[] cellOf = new int[0];
        for (int c = 0; c < params.length; c++) {
            if (params[c] >= 0) {
                if (cellOf.length <= params[c]) {
                    int old = cellOf.length;
                    cellOf = java.util.Arrays.copyOf(cellOf, params[c] + 1);
                    java.util.Arrays.fill(cellOf, old, cellOf.length, -1);
                }
                cellOf[params[c]] = c;
            }
        }
        return cellOf;
    }

    /** Drops what is left on the operand stack, top first (an exception is leaving the frame). */
    void popStack() {
        for (int i = stack.length - 1; i >= 0; i--) {
            release(stack, i);
        }
    }

    /**
     * The frame is done: it drops its locals in order (a parameter's cell in the parameter's
     * turn), then its other cells, then what is left on its stack (CPython's {@code _PyFrame_Clear}
     * over its localsplus). A class body's namespace is not dropped: it becomes the class's (see
     * {@code Interpreter.buildClass}). Each slot is emptied before its value is decref'd, because a
     * {@code __del__} that runs meanwhile must not find it again.
     */
    void release() {
        int[] cellOf = cellOfParameter();
        for (int i = 0; i < locals.length; i++) {
            release(locals, i);
            if (i < cellOf.length && cellOf[i] >= 0) {
                release(cells, cellOf[i]);
            }
        }
        for (int i = 0; i < cells.length; i++) {
            release(cells, i);
        }
        for (int i = 0; i < stack.length; i++) {
            release(stack, i);
        }
    }

    private static void release(PyObject[] slots, int i) {
        PyObject o = slots[i];
        if (o != null) {
            slots[i] = null;
            RefCount.decref(o);
        }
    }
}
