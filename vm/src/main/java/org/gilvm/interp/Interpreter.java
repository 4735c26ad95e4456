package org.gilvm.interp;

import static org.gilvm.bytecode.Opcode.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gilvm.bytecode.Code;
import org.gilvm.gil.EvalBreaker;
import org.gilvm.heap.Pinned;
import org.gilvm.heap.RefCount;
import org.gilvm.objects.Call;
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
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PySet;
import org.gilvm.objects.PySlice;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PySuper;
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
 * bytecode). Switch points, where a thread looks at its eval breaker and may give up the
 * GIL, are where CPython 3.11 looks: the back-edge ({@code JUMP_BACKWARD}), function entry
 * ({@code RESUME}) and the return from a call; with {@code --switch-at=instruction}, every
 * instruction boundary.
 *
 * <p>A Python call is a Java call: {@link #run} pushes the frame on its thread, runs it and pops
 * it, adding the frame's line to the traceback of any exception passing through.
 */
public final class Interpreter {
    private Interpreter() { }

    // ------------------------------------------------------------------ calls

    /** Calls a Python function from Java: the arguments are borrowed, the frame takes new references. */
    public static PyObject callFunction(PyFunction f, PyObject[] args, int off, int nargs, String[] kwnames) {
        PyObject[] locals = Arguments.bind(f, args, off, nargs, kwnames, false);
        return runFunction(ThreadState.current(), f, locals);
    }

    /**
     * Calls a Python function from the dispatch loop: the arguments move from the caller's stack
     * into the callee's locals (their slots become null), as in CPython 3.11, so a callee sees one
     * reference per argument, not two.
     */
    static PyObject callFunctionMovingArgs(ThreadState ts, PyFunction f, PyObject[] stack, int off, int nargs,
                                           String[] kwnames) {
        PyObject[] locals = Arguments.bind(f, stack, off, nargs, kwnames, true);
        return runFunction(ts, f, locals);
    }

    private static PyObject runFunction(ThreadState ts, PyFunction f, PyObject[] locals) {
        Code code = f.code();
        PyCell[] cells = makeCells(code, locals, f.closure());
        Frame frame = new Frame(code, f.module(), locals, cells, null);
        if (code.generator || code.coroutine) {
            return GeneratorBase.make(frame, f.qualname());
        }
        return run(ts, frame);
    }

    /** The frame's cells: new ones for its own cell variables (a parameter's moves in), then the closure's. */
    private static PyCell[] makeCells(Code code, PyObject[] locals, PyCell[] closure) {
        int ncell = code.cellvars.length;
        if (ncell == 0 && closure.length == 0) {
            return closure;
        }
        PyCell[] cells = new PyCell[ncell + closure.length];
        for (int i = 0; i < ncell; i++) {
            int param = code.cellParameters[i];
            if (param >= 0) {
                // The parameter's value moves into its cell (CPython's MAKE_CELL): one reference, not two.
                cells[i] = new PyCell(locals[param]);
                PyObject moved = locals[param];
                locals[param] = null;
                RefCount.xdecref(moved);
            } else {
                cells[i] = new PyCell(null);
            }
        }
        for (int i = 0; i < closure.length; i++) {
            cells[ncell + i] = RefCount.newRef(closure[i]);
        }
        return cells;
    }

    /** Runs a module's top-level code in that module. */
    public static PyObject runModule(ThreadState ts, Code code, PyModule module) {
        return run(ts, new Frame(code, module, new PyObject[code.varnames.length], new PyCell[code.ncells()], null));
    }

    /** Runs the frame to its end (see {@link #enter}). */
    static PyObject run(ThreadState ts, Frame frame) {
        if (ts.atRecursionLimit()) {
            frame.release();
            throw recursionError();
        }
        return enter(ts, frame);
    }

    static PyException recursionError() {
        return Errors.raise(PyExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
    }

    /**
     * Pushes the frame on its thread, runs it until it returns or yields, and pops it. When it
     * returns, the frame lets go of its locals, cells and stack while it is still on the thread
     * (an audit in a {@code __del__} then must see what it still holds), with the result pinned.
     * An exception leaving the frame takes over what the frame held instead ({@link #unwind}). A
     * simulated crash ({@link org.gilvm.heap.FatalError}) passes through untouched. The caller has
     * checked the recursion limit ({@link ThreadState#atRecursionLimit}), since what to do with a
     * frame that cannot run is the caller's business.
     */
    static PyObject enter(ThreadState ts, Frame frame) {
        ts.depth++;
        frame.back = ts.frame;
        ts.frame = frame;
        try {
            PyObject result = execute(ts, frame);
            if (frame.suspension == Frame.RETURNED) {
                int mark = ts.pin(result);
                frame.returning = true;
                frame.release();
                ts.unpin(mark);
            }
            return result;
        } catch (PyException e) {
            throw unwind(ts, frame, e);
        } catch (StackOverflowError deep) {
            // The Java stack ran out before the recursion limit: report it as CPython would.
            PyException e = recursionError();
            addTraceback(e, frame);
            throw unwind(ts, frame, e);
        } finally {
            ts.frame = frame.back;
            ts.depth--;
        }
    }

    /**
     * The exception leaves the frame (its traceback entry is already there). What is left on the
     * operand stack is popped now, top first, as CPython's exception_unwind pops it (the exception
     * is pinned meanwhile: a {@code __del__} can run). As CPython's traceback keeps the frame
     * alive, the exception takes over the rest of what the frame held: the locals die when the
     * exception does (after the except block that caught it), not now.
     */
    private static PyException unwind(ThreadState ts, Frame frame, PyException e) {
        int mark = ts.pin(e.value());
        frame.popStack();
        ts.unpin(mark);
        e.value().keepFrameReferences(frame.takeAll());
        return e;
    }

    private static void addTraceback(PyException e, Frame frame) {
        int line = frame.line();
        e.value().traceback().add(new PyBaseException.TracebackEntry(frame.code.filename(),
                frame.code.name, line, frame.code.source.line(line)));
    }

    // ------------------------------------------------------------------ the dispatch loop

    /*
     * Reference counts in the loop (docs/refcounting.md): a push owns a reference (LOAD_* increfs),
     * a pop gives it up (decref) or moves it (STORE_*, BUILD_TUPLE, calls into Python functions).
     * Operands stay on the stack until their operation is done, so anything that runs meanwhile
     * (a dunder, a __del__, an audit) sees them held. A slot is always emptied before the value
     * it held is decref'd, and a new value is stored before the old one is decref'd.
     */
    static PyObject execute(ThreadState ts, Frame f) {
        final Code code = f.code;
        final int[] instructions = code.code;
        final PyObject[] stack = f.stack;
        final PyObject[] locals = f.locals;
        final EvalBreaker breaker = ts.breaker;
        boolean everyInstruction = ts.vm.switchAtEveryInstruction();
        int pc = f.pc;
        int sp = f.sp;
        for (;;) {
            try {
                if (f.thrownIn != null) {
                    throw f.takeThrownIn(); // generator.throw(): raised where the generator stands
                }
                for (;;) {
                    if (everyInstruction && breaker.pending()) {
                        f.sp = sp; // --switch-at=instruction: any boundary is a switch point, as before CPython 3.10
                        everyInstruction = handleBreaker(ts);
                    }
                    final int ins = instructions[pc++];
                    final int arg = ins >>> 8;
                    f.pc = pc;
                    switch (ins & 0xFF) {
                        case NOP:
                            break;
                        case POP_TOP:
                            sp = pop(stack, sp, 1);
                            break;
                        case DUP_TOP:
                            stack[sp] = RefCount.newRef(stack[sp - 1]);
                            sp++;
                            break;
                        case DUP_TOP_TWO:
                            stack[sp] = RefCount.newRef(stack[sp - 2]);
                            stack[sp + 1] = RefCount.newRef(stack[sp - 1]);
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
                            RefCount.incref(v);
                            stack[sp++] = v;
                            break;
                        }
                        case STORE_FAST: {
                            PyObject old = locals[arg];
                            locals[arg] = stack[--sp];
                            stack[sp] = null;
                            RefCount.xdecref(old);
                            break;
                        }
                        case DELETE_FAST: {
                            PyObject old = locals[arg];
                            if (old == null) {
                                throw unboundLocal(code.varnames[arg]);
                            }
                            locals[arg] = null;
                            RefCount.decref(old);
                            break;
                        }
                        case LOAD_DEREF:
                            stack[sp++] = loadDeref(f, arg);
                            break;
                        case STORE_DEREF:
                            f.cells[arg].set(take(stack, --sp));
                            break;
                        case DELETE_DEREF:
                            RefCount.decref(loadDeref(f, arg)); // raises if the cell is empty
                            f.cells[arg].set(null);
                            break;
                        case LOAD_CLOSURE:
                            stack[sp++] = RefCount.newRef(f.cells[arg]);
                            break;
                        case LOAD_GLOBAL:
                            stack[sp++] = loadGlobal(f, arg);
                            break;
                        case STORE_GLOBAL:
                            globalBinding(f, arg).set(take(stack, --sp));
                            break;
                        case DELETE_GLOBAL: {
                            Namespace.Binding b = globalBinding(f, arg);
                            if (b.value == null) {
                                throw Errors.nameError(code.names[arg]);
                            }
                            b.set(null);
                            break;
                        }
                        case LOAD_NAME:
                            stack[sp++] = RefCount.newRef(loadName(f, arg));
                            break;
                        case STORE_NAME:
                            RefCount.xdecref(f.namespace.put(code.names[arg], take(stack, --sp)));
                            break;
                        case DELETE_NAME: {
                            PyObject old = f.namespace.remove(code.names[arg]);
                            if (old == null) {
                                throw Errors.nameError(code.names[arg]);
                            }
                            RefCount.decref(old);
                            break;
                        }
                        case LOAD_ATTR:
                            sp = replaceTop(stack, sp, 1, stack[sp - 1].getAttr(code.names[arg]));
                            break;
                        case STORE_ATTR:
                            stack[sp - 1].setAttr(code.names[arg], stack[sp - 2]);
                            sp = pop(stack, sp, 2);
                            break;
                        case DELETE_ATTR:
                            stack[sp - 1].delAttr(code.names[arg]);
                            sp = pop(stack, sp, 1);
                            break;
                        case LOAD_METHOD:
                            loadMethod(stack, sp, code.names[arg]);
                            sp++;
                            break;
                        case BINARY_OP: {
                            PyObject a = stack[sp - 2];
                            PyObject b = stack[sp - 1];
                            PyObject r = a instanceof PyInt x && b instanceof PyInt y ? PyInt.fastBinary(arg, x, y) : null;
                            sp = replaceTop(stack, sp, 2, r != null ? r : Ops.binary(arg, a, b));
                            break;
                        }
                        case UNARY_NEGATIVE:
                            sp = replaceTop(stack, sp, 1, Ops.negative(stack[sp - 1]));
                            break;
                        case UNARY_POSITIVE:
                            sp = replaceTop(stack, sp, 1, Ops.positive(stack[sp - 1]));
                            break;
                        case UNARY_INVERT:
                            sp = replaceTop(stack, sp, 1, Ops.invert(stack[sp - 1]));
                            break;
                        case UNARY_NOT:
                            sp = replaceTop(stack, sp, 1, PyBool.of(!stack[sp - 1].isTrue()));
                            break;
                        case COMPARE_OP: {
                            PyObject a = stack[sp - 2];
                            PyObject b = stack[sp - 1];
                            PyObject r = a instanceof PyInt x && b instanceof PyInt y ? PyInt.fastCompare(arg, x, y) : null;
                            sp = replaceTop(stack, sp, 2, r != null ? r : Ops.compare(arg, a, b));
                            break;
                        }
                        case IS_OP:
                            sp = replaceTop(stack, sp, 2, PyBool.of((stack[sp - 2] == stack[sp - 1]) ^ (arg == 1)));
                            break;
                        case CONTAINS_OP:
                            sp = replaceTop(stack, sp, 2, PyBool.of(stack[sp - 1].contains(stack[sp - 2]) ^ (arg == 1)));
                            break;
                        case BINARY_SUBSCR:
                            sp = replaceTop(stack, sp, 2, stack[sp - 2].getItem(stack[sp - 1]));
                            break;
                        case STORE_SUBSCR:
                            stack[sp - 2].setItem(stack[sp - 1], stack[sp - 3]);
                            sp = pop(stack, sp, 3);
                            break;
                        case DELETE_SUBSCR:
                            stack[sp - 2].delItem(stack[sp - 1]);
                            sp = pop(stack, sp, 2);
                            break;
                        case BUILD_SLICE: {
                            PyObject step = arg == 3 ? stack[sp - 1] : PyNone.NONE;
                            sp = replaceTop(stack, sp, arg, new PySlice(stack[sp - arg], stack[sp - arg + 1], step));
                            break;
                        }
                        case BUILD_TUPLE:
                            sp = moveInto(stack, sp, arg, true);
                            break;
                        case BUILD_LIST:
                            sp = moveInto(stack, sp, arg, false);
                            break;
                        case BUILD_SET:
                            sp = replaceTop(stack, sp, arg, buildSet(stack, sp, arg));
                            break;
                        case BUILD_MAP:
                            sp = replaceTop(stack, sp, 2 * arg, buildMap(stack, sp, arg));
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
                            if (breaker.pending()) {
                                f.sp = sp;
                                everyInstruction = handleBreaker(ts);
                            }
                            break;
                        case POP_JUMP_IF_FALSE: {
                            PyObject v = stack[sp - 1];
                            if (v == PyBool.FALSE || v != PyBool.TRUE && !v.isTrue()) {
                                pc = arg;
                            }
                            sp = pop(stack, sp, 1);
                            break;
                        }
                        case POP_JUMP_IF_TRUE: {
                            PyObject v = stack[sp - 1];
                            if (v == PyBool.TRUE || v != PyBool.FALSE && v.isTrue()) {
                                pc = arg;
                            }
                            sp = pop(stack, sp, 1);
                            break;
                        }
                        case JUMP_IF_FALSE_OR_POP:
                            if (!stack[sp - 1].isTrue()) {
                                pc = arg;
                            } else {
                                sp = pop(stack, sp, 1);
                            }
                            break;
                        case JUMP_IF_TRUE_OR_POP:
                            if (stack[sp - 1].isTrue()) {
                                pc = arg;
                            } else {
                                sp = pop(stack, sp, 1);
                            }
                            break;
                        case GET_ITER:
                            sp = replaceTop(stack, sp, 1, stack[sp - 1].iter());
                            break;
                        case FOR_ITER: {
                            PyObject next = stack[sp - 1].next();
                            if (next == null) {
                                sp = pop(stack, sp, 1);
                                pc = arg;
                            } else {
                                stack[sp++] = next;
                            }
                            break;
                        }
                        case RETURN_VALUE: {
                            PyObject result = stack[--sp];
                            stack[sp] = null;
                            f.sp = sp;
                            return result;
                        }
                        case MAKE_FUNCTION:
                            sp = makeFunction(f, stack, sp, arg);
                            break;
                        case BUILD_CLASS: {
                            f.sp = sp;
                            sp = replaceTop(stack, sp, arg + 2, buildClass(f, stack, sp, arg));
                            break;
                        }
                        case CALL: {
                            f.sp = sp;
                            boolean builtinCallee = isBuiltinCallee(stack, sp, arg, 1);
                            sp = call(ts, stack, sp, arg, null, false);
                            if (builtinCallee && breaker.pending()) {
                                f.sp = sp;
                                everyInstruction = handleBreaker(ts);
                            }
                            break;
                        }
                        case CALL_KW: {
                            f.sp = sp;
                            boolean builtinCallee = isBuiltinCallee(stack, sp, arg & 0xFF, 1);
                            sp = call(ts, stack, sp, arg & 0xFF, keywordNames(code, arg), false);
                            if (builtinCallee && breaker.pending()) {
                                f.sp = sp;
                                everyInstruction = handleBreaker(ts);
                            }
                            break;
                        }
                        case CALL_METHOD: {
                            f.sp = sp;
                            boolean builtinCallee = isBuiltinCallee(stack, sp, arg, 2);
                            sp = call(ts, stack, sp, arg, null, true);
                            if (builtinCallee && breaker.pending()) {
                                f.sp = sp;
                                everyInstruction = handleBreaker(ts);
                            }
                            break;
                        }
                        case CALL_METHOD_KW: {
                            f.sp = sp;
                            boolean builtinCallee = isBuiltinCallee(stack, sp, arg & 0xFF, 2);
                            sp = call(ts, stack, sp, arg & 0xFF, keywordNames(code, arg), true);
                            if (builtinCallee && breaker.pending()) {
                                f.sp = sp;
                                everyInstruction = handleBreaker(ts);
                            }
                            break;
                        }
                        case IMPORT_NAME:
                            stack[sp++] = ts.vm.importModule(code.names[arg]);
                            break;
                        case IMPORT_FROM:
                            stack[sp] = importFrom(stack[sp - 1], code.names[arg]);
                            sp++;
                            break;
                        case RAISE_VARARGS: {
                            // The operands are popped, as CPython's RAISE_VARARGS does: the frame the
                            // exception leaves must not keep the exception itself.
                            PyException raised = raise(ts, arg, stack, sp);
                            int mark = ts.pin(raised.value());
                            sp = pop(stack, sp, arg);
                            ts.unpin(mark);
                            throw raised;
                        }
                        case LOAD_ASSERTION_ERROR:
                            stack[sp++] = PyExceptionTypes.ASSERTION_ERROR;
                            break;
                        case RESUME:
                            if (breaker.pending()) {
                                f.sp = sp;
                                everyInstruction = handleBreaker(ts);
                            }
                            break;
                        case PUSH_EXC_INFO:
                            ts.pushHandled((PyBaseException) stack[sp - 1]);
                            break;
                        case POP_EXCEPT:
                            ts.popHandled();
                            break;
                        case CHECK_EXC_MATCH:
                            sp = replaceTop(stack, sp, 1, PyBool.of(exceptionMatches(stack[sp - 2], stack[sp - 1])));
                            break;
                        case RERAISE:
                            throw new PyException((PyBaseException) take(stack, --sp)).reraise();
                        case BEFORE_WITH:
                            sp = beforeWith(stack, sp);
                            break;
                        case WITH_EXCEPT_START: {
                            // __exit__(type, value, traceback); gilvm has no traceback objects: None.
                            PyObject exc = stack[sp - 1];
                            PyObject result = Call.positional(stack[sp - 2], exc.type(), exc, PyNone.NONE);
                            stack[sp++] = result;
                            break;
                        }
                        case FORMAT_VALUE:
                            if ((arg & 4) != 0) {
                                sp = replaceTop(stack, sp, 2, Ops.formatValue(stack[sp - 2], arg & 3,
                                        ((PyStr) stack[sp - 1]).value()));
                            } else {
                                sp = replaceTop(stack, sp, 1, Ops.formatValue(stack[sp - 1], arg & 3, ""));
                            }
                            break;
                        case BUILD_STRING:
                            sp = replaceTop(stack, sp, arg, PyStr.concat(stack, sp - arg, arg));
                            break;
                        case LIST_EXTEND:
                            listExtend((PyList) stack[sp - 2 - arg], stack[sp - 1]);
                            sp = pop(stack, sp, 1);
                            break;
                        case DICT_MERGE:
                            dictMerge((PyDict) stack[sp - 2 - arg], stack[sp - 1], stack[sp - 4 - arg]);
                            sp = pop(stack, sp, 1);
                            break;
                        case CALL_FUNCTION_EX: {
                            f.sp = sp;
                            PyObject callargs = stack[sp - 1 - arg];
                            if (callargs.type() != PyTuple.TYPE) {
                                // A lone *iterable: made a tuple now (CPython's PySequence_Tuple).
                                PyTuple made = starredTuple(stack[sp - 2 - arg], callargs);
                                stack[sp - 1 - arg] = made;
                                RefCount.decref(callargs);
                            }
                            sp = replaceTop(stack, sp, 2 + arg, callEx(stack[sp - 2 - arg], (PyTuple) stack[sp - 1 - arg],
                                    arg == 1 ? (PyDict) stack[sp - 1] : null));
                            break;
                        }
                        case LIST_TO_TUPLE: {
                            PyList list = (PyList) stack[sp - 1];
                            sp = replaceTop(stack, sp, 1, PyTuple.of(list.toArray()));
                            break;
                        }
                        case LIST_APPEND:
                            ((PyList) stack[sp - 2 - arg]).append(stack[sp - 1]);
                            sp = pop(stack, sp, 1);
                            break;
                        case SET_ADD:
                            ((PySet) stack[sp - 2 - arg]).add(stack[sp - 1]);
                            sp = pop(stack, sp, 1);
                            break;
                        case MAP_ADD:
                            ((PyDict) stack[sp - 3 - arg]).put(stack[sp - 2], stack[sp - 1]);
                            sp = pop(stack, sp, 2);
                            break;
                        case YIELD_VALUE: {
                            PyObject yielded = stack[--sp];
                            stack[sp] = null;
                            f.sp = sp;
                            f.suspension = arg == 1 ? Frame.YIELDED_FROM : Frame.YIELDED;
                            return yielded;
                        }
                        case GET_YIELD_FROM_ITER:
                            if (!(stack[sp - 1] instanceof PyGenerator)) {
                                sp = replaceTop(stack, sp, 1, AsyncOps.yieldFromIter(code, stack[sp - 1]));
                            }
                            break;
                        case SEND: {
                            f.sp = sp;
                            PyObject r = GeneratorBase.sendTo(ts, stack[sp - 2], stack[sp - 1]);
                            if (ts.subiteratorReturned) {
                                ts.subiteratorReturned = false;
                                sp = replaceTop(stack, sp, 2, r);
                                pc = arg;
                            } else {
                                sp = replaceTop(stack, sp, 1, r);
                            }
                            break;
                        }
                        case GET_AWAITABLE:
                            sp = replaceTop(stack, sp, 1, AsyncOps.awaitableIter(stack[sp - 1], arg));
                            break;
                        case BEFORE_ASYNC_WITH:
                            sp = AsyncOps.beforeAsyncWith(stack, sp);
                            break;
                        case GET_AITER:
                            sp = replaceTop(stack, sp, 1, AsyncOps.aiter(stack[sp - 1]));
                            break;
                        case GET_ANEXT:
                            stack[sp] = AsyncOps.anext(stack[sp - 1]);
                            sp++;
                            break;
                        case END_ASYNC_FOR:
                            if (!stack[sp - 1].type().isSubtypeOf(PyExceptionTypes.STOP_ASYNC_ITERATION)) {
                                throw new PyException((PyBaseException) take(stack, --sp)).reraise();
                            }
                            sp = pop(stack, sp, 2);
                            break;
                        case JUMP_BACKWARD_NO_INTERRUPT:
                            pc = arg;
                            break;
                        default:
                            throw new IllegalStateException("bad opcode " + (ins & 0xFF) + " at " + (pc - 1));
                    }
                }
            } catch (PyException e) {
                // The exception table: pop back to the handler's depth, push the exception, jump.
                int at = pc - 1;
                if (!e.takeReraised()) {
                    addTraceback(e, f);
                    chainToHandled(ts, e.value());
                }
                int h = code.handlers.at(at);
                if (h < 0) {
                    f.sp = sp;
                    throw e;
                }
                // Popping can run __del__ (and an audit there): the exception is pinned meanwhile.
                int mark = ts.pin(e.value());
                sp = pop(stack, sp, sp - code.handlers.depth()[h]);
                ts.unpin(mark);
                stack[sp++] = e.takeValue();
                pc = code.handlers.target()[h];
            }
        }
    }

    /**
     * BEFORE_WITH: the context manager on TOS is replaced by its bound {@code __exit__}, and the
     * result of {@code __enter__()} is pushed.
     */
    private static int beforeWith(PyObject[] stack, int sp) {
        PyObject manager = stack[sp - 1];
        PyType type = manager.type();
        if (type.lookup("__enter__") == null || type.lookup("__exit__") == null) {
            throw Errors.typeError("'" + type.name() + "' object does not support the context manager protocol");
        }
        return enterContext(stack, sp, "__enter__", "__exit__");
    }

    /**
     * What BEFORE_WITH and BEFORE_ASYNC_WITH share once the manager on TOS is known to have both
     * methods: TOS is replaced by its bound exit method, and what its enter method returns is pushed.
     */
    static int enterContext(PyObject[] stack, int sp, String enterName, String exitName) {
        PyObject manager = stack[sp - 1];
        PyObject exit = manager.getAttr(exitName);
        PyObject enter = manager.getAttr(enterName);
        PyObject entered;
        try (Pinned pins = Pinned.of(exit, enter)) {
            entered = Call.positional(enter);
        } catch (PyException e) {
            RefCount.decref(exit);
            throw e;
        } finally {
            RefCount.decref(enter);
        }
        sp = replaceTop(stack, sp, 1, exit);
        stack[sp++] = entered;
        return sp;
    }

    /** DICT_MERGE: {@code **mapping} into the call's keywords; a repeated name is CPython's TypeError. */
    private static void dictMerge(PyDict into, PyObject mapping, PyObject callable) {
        if (!(mapping instanceof PyDict d)) {
            throw Errors.typeError(callableName(callable) + " argument after ** must be a mapping, not "
                    + mapping.type().name());
        }
        for (var e : d.map().entrySet()) {
            if (!(e.getKey() instanceof PyStr)) {
                throw Errors.typeError("keywords must be strings");
            }
            if (into.get(e.getKey()) != null) {
                throw Errors.typeError(callableName(callable) + " got multiple values for keyword argument '"
                        + ((PyStr) e.getKey()).value() + "'");
            }
            into.put(e.getKey(), e.getValue());
        }
    }

    private static String callableName(PyObject callable) {
        if (callable instanceof PyFunction fn) {
            return fn.module().name() + "." + fn.qualname() + "()";
        }
        if (callable instanceof PyBuiltinFunction b) {
            return b.name() + "()";
        }
        return callable.type().name() + " object";
    }

    /**
     * CALL_FUNCTION_EX: the arguments laid out as a normal call would have them. The tuple and the
     * dict (on the stack) keep them alive during the call; with keywords, each also gets a
     * reference of its own for the call, as CPython's {@code _PyStack_UnpackDict} gives it (so
     * {@code sys.getrefcount} in the callee counts as in CPython), dropped in order after it.
     */
    private static PyObject callEx(PyObject callable, PyTuple positional, PyDict keywords) {
        int npos = positional.size();
        int nkw = keywords == null ? 0 : keywords.size();
        PyObject[] args = new PyObject[npos + nkw];
        String[] kwnames = nkw == 0 ? null : new String[nkw];
        for (int i = 0; i < npos; i++) {
            args[i] = positional.get(i);
        }
        if (nkw == 0) {
            return callable.call(args, 0, npos, null);
        }
        int k = 0;
        for (var e : keywords.map().entrySet()) {
            kwnames[k] = ((PyStr) e.getKey()).value();
            args[npos + k++] = e.getValue();
        }
        for (PyObject a : args) {
            RefCount.incref(a);
        }
        try (Pinned pins = Pinned.of(args)) {
            return callable.call(args, 0, npos, kwnames);
        } finally {
            RefCount.releaseInOrder(args, args.length);
        }
    }

    /** {@code f(*x)}: x as a tuple; a TypeError in CPython's words when x is not iterable. */
    private static PyTuple starredTuple(PyObject callable, PyObject iterable) {
        if (!isIterable(iterable)) {
            throw Errors.typeError(callableName(callable) + " argument after * must be an iterable, not "
                    + iterable.type().name());
        }
        return PyTuple.fromIterable(iterable);
    }

    /** LIST_EXTEND: {@code *x} among other positional arguments (or in a display). */
    private static void listExtend(PyList list, PyObject iterable) {
        if (!isIterable(iterable)) {
            throw Errors.typeError("Value after * must be an iterable, not " + iterable.type().name());
        }
        list.extend(iterable);
    }

    /**
     * Whether iter() could work on it (CPython: a {@code tp_iter} or the sequence protocol), before
     * the error is worded for a * argument: a program's class with {@code __iter__} or
     * {@code __getitem__}, or a built-in object whose class implements iter().
     */
    private static boolean isIterable(PyObject o) {
        if (o instanceof PyInstance) {
            return o.type().lookup("__iter__") != null || o.type().lookup("__getitem__") != null;
        }
        try {
            return o.getClass().getMethod("iter").getDeclaringClass() != PyObject.class;
        } catch (NoSuchMethodException e) {
            return true;
        }
    }

    /**
     * {@code super()} with no arguments: the class from the calling method's implicit
     * {@code __class__} cell, the instance from its first argument, as CPython does.
     */
    public static PyObject zeroArgSuper() {
        Frame f = ThreadState.current().frame();
        Code code = f == null ? null : f.code;
        int free = code == null ? -1 : java.util.Arrays.asList(code.freevars).indexOf("__class__");
        if (free < 0) {
            throw Errors.raise(PyExceptionTypes.RUNTIME_ERROR, "super(): __class__ cell not found");
        }
        if (code.argcount == 0) {
            throw Errors.raise(PyExceptionTypes.RUNTIME_ERROR, "super(): no arguments");
        }
        PyObject self = f.locals[0];
        for (int i = 0; self == null && i < code.cellParameters.length; i++) {
            if (code.cellParameters[i] == 0) {
                self = f.cells[i].value;
            }
        }
        if (self == null) {
            throw Errors.raise(PyExceptionTypes.RUNTIME_ERROR, "super(): arg[0] deleted");
        }
        PyObject cls = f.cells[code.cellvars.length + free].value;
        if (!(cls instanceof PyType type)) {
            throw Errors.raise(PyExceptionTypes.RUNTIME_ERROR, "super(): empty __class__ cell");
        }
        return new PySuper(type, self);
    }

    /** A new exception raised while another is handled gets it as its {@code __context__}, as in CPython. */
    private static void chainToHandled(ThreadState ts, PyBaseException raised) {
        PyBaseException handled = ts.handledNow();
        if (handled != null && handled != raised && raised.context() == null) {
            raised.setContext(handled);
        }
    }

    /** CHECK_EXC_MATCH: is {@code exc} an instance of the class, or of one of the tuple's classes? */
    private static boolean exceptionMatches(PyObject exc, PyObject type) {
        if (type instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                if (exceptionMatches(exc, t.get(i))) {
                    return true;
                }
            }
            return false;
        }
        if (!(type instanceof PyType cls) || !cls.isSubtypeOf(PyExceptionTypes.BASE_EXCEPTION)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        return exc.type().isSubtypeOf(cls);
    }

    /**
     * A switch point found the eval breaker set: do what was asked (heap work, an audit). Returns
     * whether every instruction is a switch point from now on: the live mode may change it while
     * the thread is parked.
     */
    private static boolean handleBreaker(ThreadState ts) {
        ts.vm.atSwitchPoint(ts);
        return ts.vm.switchAtEveryInstruction();
    }

    // ------------------------------------------------------------------ helpers of the loop

    /**
     * Empties slot {@code i} and returns what it held: the reference moves to the caller before
     * anything can run (a store that decrefs an old value may run a {@code __del__}, which must
     * not find the new value counted twice).
     */
    private static PyObject take(PyObject[] stack, int i) {
        PyObject v = stack[i];
        stack[i] = null;
        return v;
    }

    /** Pops {@code n} values and drops their references; each slot is emptied before its decref. */
    private static int pop(PyObject[] stack, int sp, int n) {
        for (int i = 0; i < n; i++) {
            PyObject v = stack[--sp];
            stack[sp] = null;
            if (v != null) {
                RefCount.decref(v);
            }
        }
        return sp;
    }

    /** Replaces the top {@code consumed} values (their operation is done) with {@code result}, a new reference. */
    private static int replaceTop(PyObject[] stack, int sp, int consumed, PyObject result) {
        if (consumed == 1) {
            PyObject old = stack[sp - 1];
            stack[sp - 1] = result;
            RefCount.decref(old);
            return sp;
        }
        if (consumed == 2) {
            PyObject left = stack[sp - 2];
            PyObject right = stack[sp - 1];
            stack[sp - 1] = null;
            stack[sp - 2] = result;
            RefCount.releaseTwo(left, right);
            return sp - 1;
        }
        PyObject[] old = new PyObject[consumed];
        for (int i = 0; i < consumed; i++) {
            old[i] = stack[sp - consumed + i];
            stack[sp - consumed + i] = null;
        }
        sp -= consumed;
        stack[sp++] = result;
        // The ones not dropped yet stay pinned: a __del__ run by an earlier one may audit.
        RefCount.releaseInOrder(old, consumed);
        return sp;
    }

    /** BUILD_TUPLE and BUILD_LIST: the top {@code n} references move into the new container. */
    private static int moveInto(PyObject[] stack, int sp, int n, boolean tuple) {
        PyObject[] items = new PyObject[n];
        System.arraycopy(stack, sp - n, items, 0, n);
        java.util.Arrays.fill(stack, sp - n, sp, null);
        sp -= n;
        stack[sp++] = tuple ? PyTuple.wrap(items) : PyList.wrap(items);
        return sp;
    }

    /** BUILD_SET; hashing can run {@code __hash__} and {@code __eq__}, so the new set is pinned meanwhile. */
    private static PySet buildSet(PyObject[] stack, int sp, int n) {
        PySet set = new PySet();
        try (Pinned pins = Pinned.of(set)) {
            for (int i = sp - n; i < sp; i++) {
                set.add(stack[i]);
            }
        } catch (RuntimeException e) {
            RefCount.decref(set);
            throw e;
        }
        return set;
    }

    /** BUILD_MAP; hashing can run {@code __hash__} and {@code __eq__}, so the new dict is pinned meanwhile. */
    private static PyDict buildMap(PyObject[] stack, int sp, int n) {
        PyDict dict = new PyDict();
        try (Pinned pins = Pinned.of(dict)) {
            for (int i = sp - 2 * n; i < sp; i += 2) {
                dict.put(stack[i], stack[i + 1]);
            }
        } catch (RuntimeException e) {
            RefCount.decref(dict);
            throw e;
        }
        return dict;
    }

    /**
     * The CALL family. Below the arguments: the callable, and for the method forms the receiver
     * (null when LOAD_METHOD found a plain attribute). A Python function takes the arguments (and
     * the receiver) off the stack; anything else borrows them. Then whatever is left is popped.
     */
    private static int call(ThreadState ts, PyObject[] stack, int sp, int n, String[] kwnames, boolean method) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int below = method ? 2 : 1;
        PyObject callable = stack[sp - n - below];
        PyObject receiver = method ? stack[sp - n - 1] : null;
        int first = receiver != null ? sp - n - 1 : sp - n;
        int npos = n - nkw + (receiver != null ? 1 : 0);
        PyObject result;
        if (callable instanceof PyFunction fn) {
            result = callFunctionMovingArgs(ts, fn, stack, first, npos, kwnames);
        } else if (receiver != null && callable instanceof PyBuiltinFunction b) {
            result = b.callMethod(receiver, stack, sp - n, n - nkw, kwnames);
        } else {
            result = callable.call(stack, first, npos, kwnames);
        }
        // Dropping the callable and the arguments can run a __del__ (a generator's close, say), and
        // an audit there must see who holds the result.
        int mark = ts.pin(result);
        sp = pop(stack, sp, n + below);
        ts.unpin(mark);
        stack[sp++] = result;
        return sp;
    }

    /**
     * Whether the callee is not a Python function: CPython 3.11 looks at the eval breaker after
     * such a call only (a Python function looks at it itself, at its RESUME). The place of the
     * switch points decides how many updates {@code counter = add_one(counter)} loses.
     */
    private static boolean isBuiltinCallee(PyObject[] stack, int sp, int n, int below) {
        return !(stack[sp - n - below] instanceof PyFunction);
    }

    private static PyException unboundLocal(String name) {
        return Errors.raise(PyExceptionTypes.UNBOUND_LOCAL_ERROR,
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    /** LOAD_DEREF: a new reference to the cell's contents, or the error CPython gives for an empty cell. */
    private static PyObject loadDeref(Frame f, int index) {
        PyObject v = f.cells[index].newReference();
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

    /** LOAD_GLOBAL: a new reference to the global, or else the built-in, of that name. */
    private static PyObject loadGlobal(Frame f, int index) {
        PyObject v = Namespace.newReference(globalBinding(f, index));
        if (v != null) {
            return v;
        }
        Namespace.Binding builtin = f.code.builtinCache[index];
        if (builtin == null) {
            builtin = ThreadState.current().vm.builtins().binding(f.code.names[index]);
            f.code.builtinCache[index] = builtin;
        }
        v = Namespace.newReference(builtin);
        if (v == null) {
            throw Errors.nameError(f.code.names[index]);
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
     * attribute is a method found on the class (the receiver's reference moves up one slot), and
     * (attribute, null) otherwise.
     */
    private static void loadMethod(PyObject[] stack, int sp, String name) {
        PyObject receiver = stack[sp - 1];
        PyType type = receiver.type();
        if (!(receiver instanceof PyType) && !(receiver instanceof PyModule)
                && !(receiver instanceof PyInstance inst && inst.attrs().containsKey(name))) {
            PyObject attr = type.lookup(name);
            if (attr instanceof PyFunction || attr instanceof PyBuiltinFunction b && b.isUnboundMethod()) {
                stack[sp - 1] = RefCount.newRef(attr);
                stack[sp] = receiver;
                return;
            }
        }
        stack[sp - 1] = receiver.getAttr(name);
        stack[sp] = null;
        RefCount.decref(receiver);
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
        PyDict kwdefaults = (flags & 2) != 0 ? (PyDict) stack[i++] : null;
        PyCell[] closure = new PyCell[0];
        if ((flags & 8) != 0) {
            PyTuple cells = (PyTuple) stack[i++];
            closure = new PyCell[cells.size()];
            for (int k = 0; k < closure.length; k++) {
                closure[k] = (PyCell) cells.get(k);
            }
        }
        Code body = (Code) stack[i];
        PyFunction function = new PyFunction(body, f.module, defaults.clone(), closure);
        if (kwdefaults != null) {
            function.setKwdefaults(kwdefaults);
        }
        return replaceTop(stack, sp, n, function);
    }

    /**
     * BUILD_CLASS: runs the class body with a fresh namespace, whose values (owned references) then
     * become the class's attributes.
     */
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
        PyCell[] cells = makeCells(code, new PyObject[0], body.closure());
        // The implicit __class__ cell (zero-argument super()) is filled once the class exists.
        int classCell = java.util.Arrays.asList(code.cellvars).indexOf("__class__");
        PyCell holder = classCell >= 0 ? RefCount.newRef(cells[classCell]) : null;
        try (Pinned pins = Pinned.of(holder)) {
            PyObject none = run(ThreadState.current(), new Frame(code, body.module(),
                    new PyObject[code.varnames.length], cells, namespace));
            RefCount.decref(none);
        } catch (PyException e) {
            namespace.values().forEach(RefCount::decref);
            RefCount.xdecref(holder);
            throw e;
        }
        namespace.remove("__module__");
        namespace.remove("__qualname__");
        if (namespace.containsKey("__eq__") && !namespace.containsKey("__hash__")) {
            namespace.put("__hash__", PyNone.NONE); // as CPython's type_new: __eq__ alone makes instances unhashable
        }
        PyType cls = PyType.newClass(name, base, namespace, f.module.name());
        if (holder != null) {
            holder.set(RefCount.newRef(cls));
            RefCount.decref(holder);
        }
        return cls;
    }

    private static PyObject importFrom(PyObject module, String name) {
        try {
            return module.getAttr(name);
        } catch (PyException e) {
            e.discard();
            String moduleName = module instanceof PyModule m ? m.name() : "?";
            return throwImportError(name, moduleName);
        }
    }

    private static PyObject throwImportError(String name, String moduleName) {
        throw Errors.importError(PyExceptionTypes.IMPORT_ERROR, "cannot import name '" + name + "' from '"
                + moduleName + "' (unknown location)", moduleName);
    }

    /**
     * RAISE_VARARGS: {@code raise} (n = 0) re-raises the exception being handled, keeping its
     * traceback; {@code raise exc} (n = 1) and {@code raise exc from cause} (n = 2) raise an
     * instance as it is, or a new instance of a class. The {@link PyException} owns a reference of
     * its own (the operands stay on the stack and go with the frame or the handler).
     */
    private static PyException raise(ThreadState ts, int n, PyObject[] stack, int sp) {
        if (n == 0) {
            PyBaseException handled = ts.handledNow();
            if (handled == null) {
                return Errors.raise(PyExceptionTypes.RUNTIME_ERROR, "No active exception to reraise");
            }
            return new PyException(RefCount.newRef(handled)).reraise();
        }
        PyBaseException exc = exceptionInstance(stack[sp - n], "exceptions must derive from BaseException");
        if (n == 2) {
            PyObject from = stack[sp - 1];
            try {
                PyBaseException cause = from == PyNone.NONE ? null
                        : exceptionInstance(from, "exception causes must derive from BaseException");
                exc.setCause(cause);
                RefCount.xdecref(cause);
            } catch (PyException bad) {
                RefCount.decref(exc);
                return bad;
            }
        }
        return new PyException(exc);
    }

    /** A new reference to an exception: the instance itself, or a new instance of the class. */
    static PyBaseException exceptionInstance(PyObject o, String notAnException) {
        if (o instanceof PyType t && t.isSubtypeOf(PyExceptionTypes.BASE_EXCEPTION)) {
            o = t.call(new PyObject[0], 0, 0, null);
        } else {
            RefCount.incref(o);
        }
        if (o instanceof PyBaseException e) {
            return e;
        }
        RefCount.decref(o);
        throw Errors.typeError(notAnException);
    }
}
