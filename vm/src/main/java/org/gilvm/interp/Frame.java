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
        takeInto(locals, refs);
        takeInto(cells, refs);
        takeInto(stack, refs);
        return refs.toArray(new PyObject[0]);
    }

    private static void takeInto(PyObject[] slots, java.util.List<PyObject> refs) {
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != null) {
                refs.add(slots[i]);
                slots[i] = null;
            }
        }
    }

    /**
     * The frame is done: it drops its locals in order, then its cells, then what is left on its
     * stack (CPython's {@code _PyFrame_Clear}). A class body's namespace is not dropped: it becomes
     * the class's (see {@code Interpreter.buildClass}). Each slot is emptied before its value is decref'd,
     * because a {@code __del__} that runs meanwhile must not find it again.
     */
    void release() {
        releaseAll(locals);
        releaseAll(cells);
        releaseAll(stack);
    }

    private static void releaseAll(PyObject[] slots) {
        for (int i = 0; i < slots.length; i++) {
            PyObject o = slots[i];
            if (o != null) {
                slots[i] = null;
                RefCount.decref(o);
            }
        }
    }
}
