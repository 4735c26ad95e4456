package org.gilvm.bytecode;

import org.gilvm.objects.Namespace;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyType;

/**
 * A compiled body: a module, a function or a class body. Immutable after compilation except for
 * {@link #globalCache}, which remembers the global binding each name resolved to.
 */
public final class Code extends PyObject implements org.gilvm.heap.Site {
    public static final PyType TYPE = new PyType("code", PyType.OBJECT, (PyType.Constructor) null);

    public enum Kind { MODULE, FUNCTION, CLASS_BODY }

    public final Kind kind;
    public final String name;
    public final String qualname;
    public final Source source;
    public final int firstLine;
    /** One int per instruction: opcode in the low 8 bits, operand above (see {@link Opcode}). */
    public final int[] code;
    /** The source line of each instruction. */
    public final int[] lines;
    public final PyObject[] consts;
    public final String[] names;
    /** Local variables; the parameters come first, in order. */
    public final String[] varnames;
    /** Locals captured by inner functions: they live in cells, indexes 0..cellvars-1. */
    public final String[] cellvars;
    /** Variables of enclosing functions: cells after the cellvars. */
    public final String[] freevars;
    /** For each cellvar, the parameter slot it starts from, or -1. */
    public final int[] cellParameters;
    /** Positional parameters (they come first in {@link #varnames}). */
    public final int argcount;
    /** Keyword-only parameters, after the positional ones in {@link #varnames}. */
    public final int kwonlyargcount;
    /** Whether the parameters end with {@code *args}, then {@code **kwargs} (each one more varname). */
    public final boolean varargs;
    public final boolean varkeywords;
    /** Calling the function makes a generator (CPython's CO_GENERATOR): its body yields. */
    public final boolean generator;
    /**
     * Calling the function makes a coroutine (CPython's CO_COROUTINE): an {@code async def}, or an
     * asynchronous comprehension. With {@link #generator}, an async generator (CO_ASYNC_GENERATOR).
     */
    public final boolean coroutine;
    /**
     * A generator function marked by {@code types.coroutine} (CPython's CO_ITERABLE_COROUTINE): its
     * generators can be awaited, and may {@code yield from} a coroutine.
     */
    public final boolean iterableCoroutine;
    public final int stacksize;
    /**
     * The global binding each name resolved to, filled on first use. A code object belongs to one
     * module, so a name always resolves to the same binding; races on the fill are benign.
     */
    public final Namespace.Binding[] globalCache;
    /** LOAD_GLOBAL's cache of the builtins' bindings, for names the module does not bind (filled on first use). */
    public final Namespace.Binding[] builtinCache;
    public final Handlers handlers;

    /**
     * The exception table: for each instruction the handler covering it ({@code of[pc]}, -1 for
     * none); for each handler where it jumps and the stack depth it pops back to.
     */
    public record Handlers(int[] of, int[] target, int[] depth) {
        public static final Handlers NONE = new Handlers(new int[0], new int[0], new int[0]);

        /** The handler covering instruction {@code pc}, or -1. */
        public int at(int pc) {
            return pc >= 0 && pc < of.length ? of[pc] : -1;
        }
    }

    public Code(Kind kind, String name, String qualname, Source source, int firstLine, int[] code, int[] lines,
                PyObject[] consts, String[] names, String[] varnames, String[] cellvars, String[] freevars,
                int[] cellParameters, int argcount, int kwonlyargcount, boolean varargs, boolean varkeywords,
                boolean generator, boolean coroutine, int stacksize, Handlers handlers) {
        this(kind, name, qualname, source, firstLine, code, lines, consts, names, varnames, cellvars, freevars,
                cellParameters, argcount, kwonlyargcount, varargs, varkeywords, generator, coroutine, false, stacksize,
                handlers);
    }

    private Code(Kind kind, String name, String qualname, Source source, int firstLine, int[] code, int[] lines,
                 PyObject[] consts, String[] names, String[] varnames, String[] cellvars, String[] freevars,
                 int[] cellParameters, int argcount, int kwonlyargcount, boolean varargs, boolean varkeywords,
                 boolean generator, boolean coroutine, boolean iterableCoroutine, int stacksize, Handlers handlers) {
        super(true);
        this.generator = generator;
        this.coroutine = coroutine;
        this.iterableCoroutine = iterableCoroutine;
        this.kwonlyargcount = kwonlyargcount;
        this.varargs = varargs;
        this.varkeywords = varkeywords;
        this.handlers = handlers;
        this.kind = kind;
        this.name = name;
        this.qualname = qualname;
        this.source = source;
        this.firstLine = firstLine;
        this.code = code;
        this.lines = lines;
        this.consts = consts;
        this.names = names;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.cellParameters = cellParameters;
        this.argcount = argcount;
        this.stacksize = stacksize;
        this.globalCache = new Namespace.Binding[names.length];
        this.builtinCache = new Namespace.Binding[names.length];
        for (PyObject c : consts) {
            immortalize(c);
        }
    }

    /** The same code, marked as {@code types.coroutine} marks a generator function's (CPython's {@code co.replace}). */
    public Code asIterableCoroutine() {
        return new Code(kind, name, qualname, source, firstLine, code, lines, consts, names, varnames, cellvars,
                freevars, cellParameters, argcount, kwonlyargcount, varargs, varkeywords, generator, coroutine, true,
                stacksize, handlers);
    }

    /** Constants live as long as their code: tuples of constants made by the compiler are immortal too. */
    private static void immortalize(PyObject c) {
        c.makeImmortal();
        if (c instanceof org.gilvm.objects.PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                immortalize(t.get(i));
            }
        }
    }

    @Override
    public String filename() {
        return source.filename();
    }

    @Override
    public int lineAt(int pc) {
        if (lines.length == 0) {
            return firstLine;
        }
        return lines[Math.max(0, Math.min(pc, lines.length - 1))];
    }

    public int ncells() {
        return cellvars.length + freevars.length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** What asyncio's reprs read ("coro=<main() running at x.py:3>"). */
    @Override
    public PyObject getAttr(String attr) {
        switch (attr) {
            case "co_name": return org.gilvm.objects.PyStr.of(name);
            case "co_qualname": return org.gilvm.objects.PyStr.of(qualname);
            case "co_filename": return org.gilvm.objects.PyStr.of(filename());
            case "co_firstlineno": return org.gilvm.objects.PyInt.of(firstLine);
            default: return super.getAttr(attr);
        }
    }

    @Override
    public String repr() {
        return "<code object " + name + " at 0x" + Long.toHexString(id()) + ", file \"" + filename()
                + "\", line " + firstLine + ">";
    }
}
