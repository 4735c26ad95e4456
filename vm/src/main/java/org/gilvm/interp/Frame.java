package org.gilvm.interp;

import java.util.Map;
import org.gilvm.bytecode.Code;
import org.gilvm.objects.PyCell;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyObject;

/** One activation of a code object: its variables, its operand stack and where it is. */
public final class Frame {
    public final Code code;
    public final PyModule module;
    public final PyObject[] locals;
    public final PyCell[] cells;
    public final PyObject[] stack;
    /** The class namespace while a class body runs; null otherwise. */
    final Map<String, PyObject> namespace;
    /** Index of the next instruction; written back by the dispatch loop when it leaves or calls. */
    int pc;
    int sp;
    /** The calling frame on the same thread. */
    Frame back;

    Frame(Code code, PyModule module, PyObject[] locals, PyCell[] cells, Map<String, PyObject> namespace) {
        this.code = code;
        this.module = module;
        this.locals = locals;
        this.cells = cells;
        this.stack = new PyObject[code.stacksize];
        this.namespace = namespace;
    }

    /** The line being executed (or that made the current call). */
    public int line() {
        return code.lineAt(Math.max(0, pc - 1));
    }

    public Frame back() {
        return back;
    }
}
