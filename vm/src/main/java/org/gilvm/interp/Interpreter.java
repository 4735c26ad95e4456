package org.gilvm.interp;

import static org.gilvm.bytecode.Opcode.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gilvm.bytecode.Code;
import org.gilvm.objects.Errors;
import org.gilvm.objects.Namespace;
import org.gilvm.objects.Ops;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyCell;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyExceptionTypes;
import org.gilvm.objects.PyFunction;
import org.gilvm.objects.PyInstance;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PySet;
import org.gilvm.objects.PySlice;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;

/**
 * The bytecode interpreter: frames in, values out.
 *
 * <p>Notes on the implementation. {@link #execute} is the dispatch loop: one {@code switch} over the
 * opcode, its cases in the order of {@link org.gilvm.bytecode.Opcode}. It keeps {@code pc} and
 * {@code sp} in locals and writes them back to the frame only when it leaves (return or
 * exception), so that tracebacks see where the frame was. Anything bigger than a few lines lives
 * in a helper, to keep the method well under HotSpot's limit for compiling it (8,000 bytes of
 * bytecode). Switch points, where a later version gives up the GIL, are the back-edge
 * ({@code JUMP_BACKWARD}) and function entry ({@code RESUME}).
 *
 * <p>A Python call is a Java call: {@link #run} pushes the frame on its thread, runs it and pops
 * it, adding the frame's line to the traceback of any exception passing through.
 */
public final class Interpreter {
    private Interpreter() { }

    // ------------------------------------------------------------------ calls

    /** Calls a Python function: binds the arguments to a new frame and runs it. */
    public static PyObject callFunction(PyFunction f, PyObject[] args, int off, int nargs, String[] kwnames) {
        Code code = f.code();
        PyObject[] locals = Arguments.bind(f, args, off, nargs, kwnames);
        PyCell[] cells = makeCells(code, locals, f.closure());
        return run(ThreadState.current(), new Frame(code, f.module(), locals, cells, null));
    }

    private static PyCell[] makeCells(Code code, PyObject[] locals, PyCell[] closure) {
        int ncell = code.cellvars.length;
        if (ncell == 0 && closure.length == 0) {
            return closure;
        }
        PyCell[] cells = new PyCell[ncell + closure.length];
        for (int i = 0; i < ncell; i++) {
            int param = code.cellParameters[i];
            cells[i] = new PyCell(param >= 0 ? locals[param] : null);
        }
        System.arraycopy(closure, 0, cells, ncell, closure.length);
        return cells;
    }

    /** Runs a module's top-level code in that module. */
    public static PyObject runModule(ThreadState ts, Code code, PyModule module) {
        return run(ts, new Frame(code, module, new PyObject[code.varnames.length], new PyCell[code.ncells()], null));
    }

    static PyObject run(ThreadState ts, Frame frame) {
        if (++ts.depth > ts.vm.recursionLimit()) {
            ts.depth--;
            throw Errors.raise(PyExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        frame.back = ts.frame;
        ts.frame = frame;
        try {
            return execute(frame);
        } catch (PyException e) {
            addTraceback(e, frame);
            throw e;
        } catch (StackOverflowError deep) {
            // The Java stack ran out before the recursion limit: report it as CPython would.
            PyException e = Errors.raise(PyExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
            addTraceback(e, frame);
            throw e;
        } finally {
            ts.frame = frame.back;
            ts.depth--;
        }
    }

    private static void addTraceback(PyException e, Frame frame) {
        int line = frame.line();
        e.value().traceback().add(new PyBaseException.TracebackEntry(frame.code.filename(),
                frame.code.name, line, frame.code.source.line(line)));
    }

    // ------------------------------------------------------------------ the dispatch loop

    static PyObject execute(Frame f) {
        final Code code = f.code;
        final int[] instructions = code.code;
        final PyObject[] stack = f.stack;
        final PyObject[] locals = f.locals;
        int pc = f.pc;
        int sp = f.sp;
        try {
            for (;;) {
                final int ins = instructions[pc++];
                final int arg = ins >>> 8;
                switch (ins & 0xFF) {
                    case NOP:
                        break;
                    case POP_TOP:
                        stack[--sp] = null;
                        break;
                    case DUP_TOP:
                        stack[sp] = stack[sp - 1];
                        sp++;
                        break;
                    case DUP_TOP_TWO:
                        stack[sp] = stack[sp - 2];
                        stack[sp + 1] = stack[sp - 1];
                        sp += 2;
                        break;
                    case ROT_TWO: {
                        PyObject top = stack[sp - 1];
                        stack[sp - 1] = stack[sp - 2];
                        stack[sp - 2] = top;
                        break;
                    }
                    case ROT_THREE: {
                        PyObject top = stack[sp - 1];
                        stack[sp - 1] = stack[sp - 2];
                        stack[sp - 2] = stack[sp - 3];
                        stack[sp - 3] = top;
                        break;
                    }
                    case LOAD_CONST:
                        stack[sp++] = code.consts[arg];
                        break;
                    case LOAD_FAST: {
                        PyObject v = locals[arg];
                        if (v == null) {
                            throw unboundLocal(code.varnames[arg]);
                        }
                        stack[sp++] = v;
                        break;
                    }
                    case STORE_FAST:
                        locals[arg] = stack[--sp];
                        stack[sp] = null;
                        break;
                    case DELETE_FAST:
                        if (locals[arg] == null) {
                            throw unboundLocal(code.varnames[arg]);
                        }
                        locals[arg] = null;
                        break;
                    case LOAD_DEREF:
                        stack[sp++] = loadDeref(f, arg);
                        break;
                    case STORE_DEREF:
                        f.cells[arg].value = stack[--sp];
                        stack[sp] = null;
                        break;
                    case DELETE_DEREF:
                        loadDeref(f, arg);
                        f.cells[arg].value = null;
                        break;
                    case LOAD_CLOSURE:
                        stack[sp++] = f.cells[arg];
                        break;
                    case LOAD_GLOBAL:
                        stack[sp++] = loadGlobal(f, arg);
                        break;
                    case STORE_GLOBAL:
                        globalBinding(f, arg).value = stack[--sp];
                        stack[sp] = null;
                        break;
                    case DELETE_GLOBAL: {
                        Namespace.Binding b = globalBinding(f, arg);
                        if (b.value == null) {
                            throw Errors.nameError(code.names[arg]);
                        }
                        b.value = null;
                        break;
                    }
                    case LOAD_NAME:
                        stack[sp++] = loadName(f, arg);
                        break;
                    case STORE_NAME:
                        f.namespace.put(code.names[arg], stack[--sp]);
                        stack[sp] = null;
                        break;
                    case DELETE_NAME:
                        if (f.namespace.remove(code.names[arg]) == null) {
                            throw Errors.nameError(code.names[arg]);
                        }
                        break;
                    case LOAD_ATTR:
                        stack[sp - 1] = stack[sp - 1].getAttr(code.names[arg]);
                        break;
                    case STORE_ATTR:
                        stack[sp - 1].setAttr(code.names[arg], stack[sp - 2]);
                        stack[--sp] = null;
                        stack[--sp] = null;
                        break;
                    case DELETE_ATTR:
                        stack[sp - 1].delAttr(code.names[arg]);
                        stack[--sp] = null;
                        break;
                    case LOAD_METHOD:
                        loadMethod(stack, sp, code.names[arg]);
                        sp++;
                        break;
                    case BINARY_OP: {
                        PyObject right = stack[--sp];
                        stack[sp] = null;
                        stack[sp - 1] = Ops.binary(arg, stack[sp - 1], right);
                        break;
                    }
                    case UNARY_NEGATIVE:
                        stack[sp - 1] = Ops.negative(stack[sp - 1]);
                        break;
                    case UNARY_POSITIVE:
                        stack[sp - 1] = Ops.positive(stack[sp - 1]);
                        break;
                    case UNARY_INVERT:
                        stack[sp - 1] = Ops.invert(stack[sp - 1]);
                        break;
                    case UNARY_NOT:
                        stack[sp - 1] = PyBool.of(!stack[sp - 1].isTrue());
                        break;
                    case COMPARE_OP: {
                        PyObject right = stack[--sp];
                        stack[sp] = null;
                        stack[sp - 1] = Ops.compare(arg, stack[sp - 1], right);
                        break;
                    }
                    case IS_OP: {
                        PyObject right = stack[--sp];
                        stack[sp] = null;
                        stack[sp - 1] = PyBool.of((stack[sp - 1] == right) ^ (arg == 1));
                        break;
                    }
                    case CONTAINS_OP: {
                        PyObject container = stack[--sp];
                        stack[sp] = null;
                        stack[sp - 1] = PyBool.of(container.contains(stack[sp - 1]) ^ (arg == 1));
                        break;
                    }
                    case BINARY_SUBSCR: {
                        PyObject key = stack[--sp];
                        stack[sp] = null;
                        stack[sp - 1] = stack[sp - 1].getItem(key);
                        break;
                    }
                    case STORE_SUBSCR:
                        stack[sp - 2].setItem(stack[sp - 1], stack[sp - 3]);
                        sp = clear(stack, sp, 3);
                        break;
                    case DELETE_SUBSCR:
                        stack[sp - 2].delItem(stack[sp - 1]);
                        sp = clear(stack, sp, 2);
                        break;
                    case BUILD_SLICE: {
                        PyObject step = arg == 3 ? stack[sp - 1] : PyNone.NONE;
                        PySlice slice = new PySlice(stack[sp - arg], stack[sp - arg + 1], step);
                        sp = clear(stack, sp, arg);
                        stack[sp++] = slice;
                        break;
                    }
                    case BUILD_TUPLE:
                        sp = push(stack, sp, PyTuple.wrap(take(stack, sp, arg)), arg);
                        break;
                    case BUILD_LIST:
                        sp = push(stack, sp, PyList.wrap(take(stack, sp, arg)), arg);
                        break;
                    case BUILD_SET:
                        sp = push(stack, sp, buildSet(stack, sp, arg), arg);
                        break;
                    case BUILD_MAP:
                        sp = push(stack, sp, buildMap(stack, sp, arg), 2 * arg);
                        break;
                    case UNPACK_SEQUENCE:
                        sp = Unpacking.unpack(stack, sp, arg);
                        break;
                    case UNPACK_EX:
                        sp = Unpacking.unpackStarred(stack, sp, arg & 0xFF, arg >>> 8);
                        break;
                    case JUMP_FORWARD:
                        pc = arg;
                        break;
                    case JUMP_BACKWARD:
                        pc = arg;
                        break;
                    case POP_JUMP_IF_FALSE: {
                        PyObject v = stack[--sp];
                        stack[sp] = null;
                        if (v == PyBool.FALSE || v != PyBool.TRUE && !v.isTrue()) {
                            pc = arg;
                        }
                        break;
                    }
                    case POP_JUMP_IF_TRUE: {
                        PyObject v = stack[--sp];
                        stack[sp] = null;
                        if (v == PyBool.TRUE || v != PyBool.FALSE && v.isTrue()) {
                            pc = arg;
                        }
                        break;
                    }
                    case JUMP_IF_FALSE_OR_POP:
                        if (!stack[sp - 1].isTrue()) {
                            pc = arg;
                        } else {
                            stack[--sp] = null;
                        }
                        break;
                    case JUMP_IF_TRUE_OR_POP:
                        if (stack[sp - 1].isTrue()) {
                            pc = arg;
                        } else {
                            stack[--sp] = null;
                        }
                        break;
                    case GET_ITER:
                        stack[sp - 1] = stack[sp - 1].iter();
                        break;
                    case FOR_ITER: {
                        PyObject next = stack[sp - 1].next();
                        if (next == null) {
                            stack[--sp] = null;
                            pc = arg;
                        } else {
                            stack[sp++] = next;
                        }
                        break;
                    }
                    case RETURN_VALUE: {
                        PyObject result = stack[--sp];
                        stack[sp] = null;
                        f.pc = pc;
                        f.sp = sp;
                        return result;
                    }
                    case MAKE_FUNCTION:
                        sp = makeFunction(f, stack, sp, arg);
                        break;
                    case BUILD_CLASS: {
                        PyObject cls = buildClass(f, stack, sp, arg);
                        sp = clear(stack, sp, arg + 2);
                        stack[sp++] = cls;
                        break;
                    }
                    case CALL: {
                        f.pc = pc;
                        PyObject result = stack[sp - arg - 1].call(stack, sp - arg, arg, null);
                        sp = clear(stack, sp, arg + 1);
                        stack[sp++] = result;
                        break;
                    }
                    case CALL_KW: {
                        f.pc = pc;
                        int n = arg & 0xFF;
                        String[] kwnames = keywordNames(code, arg);
                        PyObject result = stack[sp - n - 1].call(stack, sp - n, n - kwnames.length, kwnames);
                        sp = clear(stack, sp, n + 1);
                        stack[sp++] = result;
                        break;
                    }
                    case CALL_METHOD: {
                        f.pc = pc;
                        PyObject result = callMethod(stack, sp, arg, null);
                        sp = clear(stack, sp, arg + 2);
                        stack[sp++] = result;
                        break;
                    }
                    case CALL_METHOD_KW: {
                        f.pc = pc;
                        int n = arg & 0xFF;
                        PyObject result = callMethod(stack, sp, n, keywordNames(code, arg));
                        sp = clear(stack, sp, n + 2);
                        stack[sp++] = result;
                        break;
                    }
                    case IMPORT_NAME:
                        stack[sp++] = ThreadState.current().vm.importModule(code.names[arg]);
                        break;
                    case IMPORT_FROM:
                        stack[sp] = importFrom(stack[sp - 1], code.names[arg]);
                        sp++;
                        break;
                    case RAISE_VARARGS:
                        throw raise(arg == 0 ? null : stack[sp - 1]);
                    case LOAD_ASSERTION_ERROR:
                        stack[sp++] = PyExceptionTypes.ASSERTION_ERROR;
                        break;
                    case RESUME:
                        break;
                    default:
                        throw new IllegalStateException("bad opcode " + (ins & 0xFF) + " at " + (pc - 1));
                }
            }
        } catch (PyException e) {
            f.pc = pc;
            f.sp = sp;
            throw e;
        }
    }

    // ------------------------------------------------------------------ helpers of the loop

    /** Nulls the top {@code n} slots (so the frame holds no stale references) and returns the new sp. */
    private static int clear(PyObject[] stack, int sp, int n) {
        for (int i = 0; i < n; i++) {
            stack[--sp] = null;
        }
        return sp;
    }

    private static PyObject[] take(PyObject[] stack, int sp, int n) {
        PyObject[] items = new PyObject[n];
        System.arraycopy(stack, sp - n, items, 0, n);
        return items;
    }

    /** Replaces the top {@code consumed} items with {@code result}. */
    private static int push(PyObject[] stack, int sp, PyObject result, int consumed) {
        sp = clear(stack, sp, consumed);
        stack[sp++] = result;
        return sp;
    }

    private static PySet buildSet(PyObject[] stack, int sp, int n) {
        PySet set = new PySet();
        for (int i = sp - n; i < sp; i++) {
            set.add(stack[i]);
        }
        return set;
    }

    private static PyDict buildMap(PyObject[] stack, int sp, int n) {
        PyDict dict = new PyDict();
        for (int i = sp - 2 * n; i < sp; i += 2) {
            dict.put(stack[i], stack[i + 1]);
        }
        return dict;
    }

    private static PyException unboundLocal(String name) {
        return Errors.raise(PyExceptionTypes.UNBOUND_LOCAL_ERROR,
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    private static PyObject loadDeref(Frame f, int index) {
        PyObject v = f.cells[index].value;
        if (v == null) {
            Code code = f.code;
            if (index < code.cellvars.length) {
                throw unboundLocal(code.cellvars[index]);
            }
            throw Errors.raise(PyExceptionTypes.NAME_ERROR, "cannot access free variable '"
                    + code.freevars[index - code.cellvars.length]
                    + "' where it is not associated with a value in enclosing scope");
        }
        return v;
    }

    private static Namespace.Binding globalBinding(Frame f, int index) {
        Namespace.Binding b = f.code.globalCache[index];
        if (b == null) {
            b = f.module.globals().binding(f.code.names[index]);
            f.code.globalCache[index] = b;
        }
        return b;
    }

    private static PyObject loadGlobal(Frame f, int index) {
        PyObject v = globalBinding(f, index).value;
        if (v != null) {
            return v;
        }
        String name = f.code.names[index];
        v = ThreadState.current().vm.builtins().get(name);
        if (v == null) {
            throw Errors.nameError(name);
        }
        return v;
    }

    private static PyObject loadName(Frame f, int index) {
        String name = f.code.names[index];
        PyObject v = f.namespace.get(name);
        if (v == null) {
            v = f.module.globals().get(name);
        }
        if (v == null) {
            v = ThreadState.current().vm.builtins().get(name);
        }
        if (v == null) {
            throw Errors.nameError(name);
        }
        return v;
    }

    /**
     * Pushes what a method call needs without making a bound method: (function, receiver) when the
     * attribute is a method found on the class, (attribute, null) otherwise.
     */
    private static void loadMethod(PyObject[] stack, int sp, String name) {
        PyObject receiver = stack[sp - 1];
        PyType type = receiver.type();
        if (!(receiver instanceof PyType) && !(receiver instanceof PyModule)
                && !(receiver instanceof PyInstance inst && inst.attrs().containsKey(name))) {
            PyObject attr = type.lookup(name);
            if (attr instanceof PyFunction || attr instanceof PyBuiltinFunction b && b.isUnboundMethod()) {
                stack[sp - 1] = attr;
                stack[sp] = receiver;
                return;
            }
        }
        stack[sp - 1] = receiver.getAttr(name);
        stack[sp] = null;
    }

    private static PyObject callMethod(PyObject[] stack, int sp, int n, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        PyObject callable = stack[sp - n - 2];
        PyObject receiver = stack[sp - n - 1];
        if (receiver == null) {
            return callable.call(stack, sp - n, n - nkw, kwnames);
        }
        if (callable instanceof PyBuiltinFunction b) {
            return b.callMethod(receiver, stack, sp - n, n - nkw, kwnames);
        }
        return callable.call(stack, sp - n - 1, n - nkw + 1, kwnames);
    }

    private static String[] keywordNames(Code code, int arg) {
        PyTuple names = (PyTuple) code.consts[arg >>> 8];
        String[] out = new String[names.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((PyStr) names.get(i)).value();
        }
        return out;
    }

    /** MAKE_FUNCTION: below the code object, the defaults tuple (flag 1) and the closure tuple (flag 8). */
    private static int makeFunction(Frame f, PyObject[] stack, int sp, int flags) {
        int n = 1 + Integer.bitCount(flags);
        int i = sp - n;
        PyObject[] defaults = (flags & 1) != 0 ? ((PyTuple) stack[i++]).items() : new PyObject[0];
        PyCell[] closure = new PyCell[0];
        if ((flags & 8) != 0) {
            PyTuple cells = (PyTuple) stack[i++];
            closure = new PyCell[cells.size()];
            for (int k = 0; k < closure.length; k++) {
                closure[k] = (PyCell) cells.get(k);
            }
        }
        Code body = (Code) stack[i];
        sp = clear(stack, sp, n);
        stack[sp++] = new PyFunction(body, f.module, defaults, closure);
        return sp;
    }

    private static PyObject buildClass(Frame f, PyObject[] stack, int sp, int nbases) {
        PyFunction body = (PyFunction) stack[sp - nbases - 2];
        String name = ((PyStr) stack[sp - nbases - 1]).value();
        PyType base = PyType.OBJECT;
        if (nbases == 1) {
            PyObject b = stack[sp - 1];
            if (!(b instanceof PyType t)) {
                throw Errors.typeError("bases must be types");
            }
            base = t;
        }
        Map<String, PyObject> namespace = new LinkedHashMap<>();
        namespace.put("__module__", PyStr.of(f.module.name()));
        namespace.put("__qualname__", PyStr.of(body.qualname()));
        Code code = body.code();
        run(ThreadState.current(), new Frame(code, body.module(), new PyObject[code.varnames.length],
                makeCells(code, new PyObject[0], body.closure()), namespace));
        namespace.remove("__module__");
        namespace.remove("__qualname__");
        return new PyType(name, base, namespace, f.module.name());
    }

    private static PyObject importFrom(PyObject module, String name) {
        try {
            return module.getAttr(name);
        } catch (PyException e) {
            String moduleName = module instanceof PyModule m ? m.name() : "?";
            return throwImportError(name, moduleName);
        }
    }

    private static PyObject throwImportError(String name, String moduleName) {
        throw Errors.raise(PyExceptionTypes.IMPORT_ERROR, "cannot import name '" + name + "' from '"
                + moduleName + "' (unknown location)");
    }

    /** RAISE_VARARGS: an exception class is instantiated, an instance is raised as it is. */
    private static PyException raise(PyObject exc) {
        if (exc == null) {
            return Errors.raise(PyExceptionTypes.RUNTIME_ERROR, "No active exception to reraise");
        }
        if (exc instanceof PyType t && t.isSubtypeOf(PyExceptionTypes.BASE_EXCEPTION)) {
            exc = t.call(new PyObject[0], 0, 0, null);
        }
        if (exc instanceof PyBaseException e) {
            e.traceback().clear();
            return new PyException(e);
        }
        return Errors.typeError("exceptions must derive from BaseException");
    }
}
