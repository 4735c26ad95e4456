package org.gilvm.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gilvm.bytecode.Code;
import org.gilvm.bytecode.Opcode;
import org.gilvm.bytecode.Source;
import org.gilvm.objects.PyObject;

/** Accumulates the instructions, line numbers, constants and names of one code object. */
final class CodeBuilder {
    /** A jump target, resolved when placed; jumps emitted before that are patched then. */
    static final class Label {
        private int target = -1;
        private final List<Integer> fixups = new ArrayList<>();
    }

    private final Scope scope;
    private final Code.Kind kind;
    private final Source source;
    private final int firstLine;
    private int[] code = new int[64];
    private int[] lines = new int[64];
    /** For each instruction, the exception handler that covers it (an index into handlerTargets), or -1. */
    private int[] handlerOf = new int[64];
    private final List<Label> handlerTargets = new ArrayList<>();
    /** Where each handler was made: the start of its try (or with) block, whose depth it pops back to. */
    private final List<Integer> handlerStart = new ArrayList<>();
    /** Added to the depth at a handler's start (-1 for a with block: not the __enter__ result). */
    private final List<Integer> handlerDepthAdjust = new ArrayList<>();
    private int currentHandler = -1;
    private int size;
    private int line;
    private final List<PyObject> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<String> varnames = new ArrayList<>();
    private final List<String> cellvars;
    private final List<String> freevars;

    CodeBuilder(Scope scope, Code.Kind kind, Source source, int firstLine) {
        this.scope = scope;
        this.kind = kind;
        this.source = source;
        this.firstLine = firstLine;
        this.line = firstLine;
        if (kind == Code.Kind.FUNCTION) {
            varnames.addAll(scope.locals);
        }
        this.cellvars = new ArrayList<>(scope.cells);
        this.freevars = new ArrayList<>(scope.frees);
    }

    Scope scope() {
        return scope;
    }

    /** Sets the source line of the instructions emitted next; returns the previous one. */
    int setLine(int newLine) {
        int old = line;
        if (newLine > 0) {
            line = newLine;
        }
        return old;
    }

    void emit(int op, int arg) {
        if (size == code.length) {
            code = Arrays.copyOf(code, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
            handlerOf = Arrays.copyOf(handlerOf, size * 2);
        }
        code[size] = Opcode.encode(op, arg);
        lines[size] = line;
        handlerOf[size] = currentHandler;
        size++;
    }

    void emit(int op) {
        emit(op, 0);
    }

    void emitJump(int op, Label label) {
        if (label.target >= 0) {
            emit(op, label.target);
        } else {
            label.fixups.add(size);
            emit(op, 0);
        }
    }

    void place(Label label) {
        label.target = size;
        for (int at : label.fixups) {
            code[at] = Opcode.encode(Opcode.opOf(code[at]), size);
        }
        label.fixups.clear();
    }

    /**
     * A new exception handler that jumps to {@code target}, made where its block starts. The
     * instructions emitted while it is current ({@link #setHandler}) are covered by it: an exception
     * in one of them pops the stack back to the depth at the instruction emitted next (the start of
     * the block), pushes the exception and jumps to the target.
     */
    int newHandler(Label target) {
        return newHandler(target, 0);
    }

    /** A handler whose depth is {@code adjust} away from the depth at the instruction emitted next. */
    int newHandler(Label target, int adjust) {
        handlerTargets.add(target);
        handlerStart.add(size);
        handlerDepthAdjust.add(adjust);
        return handlerTargets.size() - 1;
    }

    /** Makes {@code handler} (-1: none) cover the instructions emitted next; returns the previous one. */
    int setHandler(int handler) {
        int old = currentHandler;
        currentHandler = handler;
        return old;
    }

    int currentHandler() {
        return currentHandler;
    }

    /** Index of a constant; equal constants of the same type share a slot (1 and 1.0 do not). */
    int constant(PyObject value) {
        Object key = List.of(value.getClass(), value.repr());
        Integer i = constIndex.get(key);
        if (i == null) {
            i = consts.size();
            consts.add(value);
            constIndex.put(key, i);
        }
        return i;
    }

    /** A constant that is never shared (code objects). */
    int uniqueConstant(PyObject value) {
        consts.add(value);
        return consts.size() - 1;
    }

    int name(String n) {
        int i = names.indexOf(n);
        if (i < 0) {
            names.add(n);
            i = names.size() - 1;
        }
        return i;
    }

    int local(String n) {
        int i = varnames.indexOf(n);
        if (i < 0) {
            varnames.add(n);
            i = varnames.size() - 1;
        }
        return i;
    }

    /** Index of a cell: cellvars first, then freevars. */
    int cell(String n) {
        int i = cellvars.indexOf(n);
        if (i >= 0) {
            return i;
        }
        i = freevars.indexOf(n);
        if (i < 0) {
            throw new IllegalStateException("no cell for " + n);
        }
        return cellvars.size() + i;
    }

    Code build(String name, String qualname, int argcount) {
        return build(name, qualname, argcount, 0, false, false);
    }

    Code build(String name, String qualname, int argcount, int kwonly, boolean varargs, boolean varkeywords) {
        int[] cellParameters = new int[cellvars.size()];
        for (int i = 0; i < cellParameters.length; i++) {
            int p = varnames.indexOf(cellvars.get(i));
            int nparams = argcount + kwonly + (varargs ? 1 : 0) + (varkeywords ? 1 : 0);
            cellParameters[i] = p >= 0 && p < nparams ? p : -1;
        }
        int[] finalCode = Arrays.copyOf(code, size);
        int[] handlers = Arrays.copyOf(handlerOf, size);
        int[] targets = new int[handlerTargets.size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = handlerTargets.get(i).target;
        }
        int[] depths = new int[targets.length];
        int[] start = handlerStart.stream().mapToInt(Integer::intValue).toArray();
        int[] adjust = handlerDepthAdjust.stream().mapToInt(Integer::intValue).toArray();
        int stacksize = maxStackDepth(finalCode, handlers, targets, depths, start, adjust);
        return new Code(kind, name, qualname, source, firstLine, finalCode, Arrays.copyOf(lines, size),
                consts.toArray(new PyObject[0]), names.toArray(new String[0]), varnames.toArray(new String[0]),
                cellvars.toArray(new String[0]), freevars.toArray(new String[0]), cellParameters, argcount,
                kwonly, varargs, varkeywords, scope.generator, scope.coroutine, stacksize, new Code.Handlers(handlers, targets, depths));
    }

    /**
     * Walks every path through the code, as CPython's stackdepth(), to size the operand stack. A
     * handler's depth is the depth at the instruction where its block starts, which every path to
     * what it covers goes through (not the depth at the first covered instruction the walk reaches:
     * that may be deeper, in the handler of a try nested at the start of the block, or in a
     * finally body that runs with an exception on the stack); its target is then reached with the
     * exception pushed on top of that.
     */
    private static int maxStackDepth(int[] code, int[] handlerOf, int[] targets, int[] handlerDepth, int[] start,
                                     int[] adjust) {
        int[] depthAt = new int[code.length + 1];
        Arrays.fill(depthAt, -1);
        Arrays.fill(handlerDepth, -1);
        Deque<Integer> work = new ArrayDeque<>();
        depthAt[0] = 0;
        work.push(0);
        int max = 0;
        while (!work.isEmpty()) {
            int pc = work.pop();
            int depth = depthAt[pc];
            while (pc < code.length) {
                int op = Opcode.opOf(code[pc]);
                int arg = Opcode.argOf(code[pc]);
                int h = handlerOf[pc];
                if (h >= 0) {
                    if (handlerDepth[h] < 0) {
                        if (start[h] >= code.length || depthAt[start[h]] < 0) {
                            throw new IllegalStateException("handler " + h + " covers " + pc
                                    + " but its start " + start[h] + " was not reached before it");
                        }
                        handlerDepth[h] = depthAt[start[h]] + adjust[h];
                    }
                    int target = targets[h];
                    if (depthAt[target] < 0) {
                        depthAt[target] = handlerDepth[h] + 1;
                        max = Math.max(max, depthAt[target]);
                        work.push(target);
                    }
                }
                if (Opcode.isJump(op)) {
                    int taken = depth + Opcode.jumpStackEffect(op, arg);
                    max = Math.max(max, taken);
                    if (depthAt[arg] < 0) {
                        depthAt[arg] = taken;
                        work.push(arg);
                    }
                }
                depth += Opcode.stackEffect(op, arg);
                max = Math.max(max, depth);
                if (Opcode.isUnconditional(op)) {
                    break;
                }
                pc++;
                if (depthAt[pc] >= 0) {
                    break;
                }
                depthAt[pc] = depth;
            }
        }
        return max + 1;
    }
}
