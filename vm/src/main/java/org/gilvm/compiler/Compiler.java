package org.gilvm.compiler;

import static org.gilvm.bytecode.Opcode.*;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.gilvm.ast.AstBuilder;
import org.gilvm.ast.CompareOperator;
import org.gilvm.ast.Expr;
import org.gilvm.ast.Module;
import org.gilvm.ast.Stmt;
import org.gilvm.bytecode.Code;
import org.gilvm.bytecode.Source;
import org.gilvm.grammar.PythonSyntaxError;
import org.gilvm.objects.Ops;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyBytes;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;

/**
 * Generates bytecode from the AST, one {@link CodeBuilder} per module, function and class body.
 * Names are resolved here, from the {@link Symtable}, never at run time: a local is a slot, a
 * shared variable is a cell, a global is a cached binding.
 */
public final class Compiler {
    /**
     * What encloses the code being compiled, innermost first (CPython's "fblock" stack): what a
     * {@code break}, {@code continue} or {@code return} must clean up on its way out.
     */
    private sealed interface Block { }

    /** An enclosing loop: where {@code continue} and {@code break} go; a for loop has its iterator on the stack. */
    private record Loop(CodeBuilder.Label continueTo, CodeBuilder.Label breakTo, boolean popsIterator) implements Block { }

    /** The body of a {@code try} with except clauses: leaving it moves to {@code outerHandler} (CPython's POP_BLOCK). */
    private record TryBody(int outerHandler) implements Block { }

    /** The body of a {@code try} with a {@code finally}: leaving it runs the finally body, covered by {@code outerHandler}. */
    private record TryFinally(List<Stmt> finalBody, int outerHandler) implements Block { }

    /**
     * An except block or the exceptional path of a finally: the exception is on the stack and is
     * the one being handled; {@code name} (or null) is the {@code as} name to clear on the way out,
     * which runs under {@code outerHandler} (the handler around the try statement).
     */
    private record Handling(String name, int outerHandler) implements Block { }

    /**
     * A finally body that runs because a {@code return} is leaving through it: the value being
     * returned is on the stack, and a {@code return}, {@code break} or {@code continue} in the body
     * drops it (CPython's POP_VALUE block).
     */
    private record PendingReturn() implements Block { }

    /**
     * The body of a {@code with}: its {@code __exit__} is on the stack; leaving calls it with three
     * Nones (and awaits what it returns, for {@code async with}).
     */
    private record With(int outerHandler, boolean isAsync) implements Block { }

    private final Symtable symtable;
    private final Source source;
    private CodeBuilder b;
    private Deque<Block> blocks = new ArrayDeque<>();

    private Compiler(Symtable symtable, Source source) {
        this.symtable = symtable;
        this.source = source;
    }

    /** Parses and compiles a module; throws {@link PythonSyntaxError} for bad or unsupported source. */
    public static Code compileModule(Source source) {
        String text = source.text();
        if (text.indexOf('\0') >= 0) {
            throw PythonSyntaxError.syntax("source code cannot contain null bytes", 1, 1);
        }
        Module module = AstBuilder.parse(text);
        Compiler c = new Compiler(Symtable.build(module), source);
        c.b = new CodeBuilder(c.symtable.module, Code.Kind.MODULE, source, 1);
        c.stmts(module.body());
        c.b.emit(LOAD_CONST, c.b.constant(PyNone.NONE));
        c.b.emit(RETURN_VALUE);
        return c.b.build("<module>", "<module>", 0);
    }

    // ------------------------------------------------------------------ statements

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        b.setLine(s.line());
        if (s instanceof Stmt.ExprStmt e) {
            expr(e.value());
            b.emit(POP_TOP);
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value());
            for (int i = 0; i < a.targets().size(); i++) {
                if (i < a.targets().size() - 1) {
                    b.emit(DUP_TOP);
                }
                store(a.targets().get(i));
            }
        } else if (s instanceof Stmt.AugAssign a) {
            augAssign(a);
        } else if (s instanceof Stmt.If i) {
            ifStmt(i);
        } else if (s instanceof Stmt.While w) {
            whileStmt(w);
        } else if (s instanceof Stmt.For f) {
            forStmt(f);
        } else if (s instanceof Stmt.Break br) {
            Loop loop = innermostLoop("'break' outside loop", br);
            int handler = unwindTo(loop, false);
            if (loop.popsIterator) {
                b.emit(POP_TOP);
            }
            b.emitJump(JUMP_FORWARD, loop.breakTo);
            b.setHandler(handler);
        } else if (s instanceof Stmt.Continue c) {
            Loop loop = innermostLoop("'continue' not properly in loop", c);
            int handler = unwindTo(loop, false);
            b.emitJump(JUMP_BACKWARD, loop.continueTo);
            b.setHandler(handler);
        } else if (s instanceof Stmt.Pass) {
            b.emit(NOP);
        } else if (s instanceof Stmt.Return r) {
            if (r.value() == null) {
                b.emit(LOAD_CONST, b.constant(PyNone.NONE));
            } else {
                if (b.scope().generator && b.scope().coroutine) {
                    throw PythonSyntaxError.syntax("'return' with value in async generator", r.line(), r.col());
                }
                expr(r.value());
            }
            int handler = unwindTo(null, true);
            b.setLine(r.line());
            b.emit(RETURN_VALUE);
            b.setHandler(handler);
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                delete(t);
            }
        } else if (s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) {
            return; // resolved by the symtable
        } else if (s instanceof Stmt.Assert a) {
            assertStmt(a);
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) {
                expr(r.exc());
            }
            if (r.cause() != null) {
                expr(r.cause());
            }
            b.emit(RAISE_VARARGS, r.exc() == null ? 0 : r.cause() == null ? 1 : 2);
        } else if (s instanceof Stmt.With w) {
            withStmt(w, 0);
        } else if (s instanceof Stmt.Decorated d) {
            decorated(d);
        } else if (s instanceof Stmt.Try t) {
            if (t.finalBody().isEmpty()) {
                tryExcept(t);
            } else {
                tryFinally(t);
            }
        } else if (s instanceof Stmt.FunctionDef f) {
            functionDef(f);
        } else if (s instanceof Stmt.ClassDef c) {
            classDef(c);
        } else if (s instanceof Stmt.Import i) {
            for (Stmt.Alias a : i.names()) {
                b.emit(IMPORT_NAME, b.name(a.name()));
                storeName(a.asName() != null ? a.asName() : a.name().split("\\.")[0]);
            }
        } else if (s instanceof Stmt.ImportFrom i) {
            b.emit(IMPORT_NAME, b.name(i.module()));
            for (Stmt.Alias a : i.names()) {
                b.emit(IMPORT_FROM, b.name(a.name()));
                storeName(a.asName() != null ? a.asName() : a.name());
            }
            b.emit(POP_TOP);
        } else {
            throw new IllegalStateException("unknown statement " + s);
        }
    }

    private Loop innermostLoop(String error, Stmt at) {
        for (Block block : blocks) {
            if (block instanceof Loop loop) {
                return loop;
            }
        }
        throw PythonSyntaxError.syntax(error, at.line(), at.col());
    }

    /**
     * Emits what leaving the enclosing blocks needs, innermost first, up to {@code target} (a loop,
     * for break and continue) or all of them (null, for return, whose value stays on top of the
     * stack meanwhile): a finally body runs, a handled exception is dropped and its name cleared,
     * and for a return a for loop's iterator is popped. As each block is left, the handler around
     * it covers what follows (as CPython's POP_BLOCK), so no instruction is covered by a handler
     * whose stack is deeper than its own; the jump that follows is emitted under the handler this
     * leaves current. Returns the handler to restore after the jump.
     */
    private int unwindTo(Loop target, boolean keepTop) {
        Deque<Block> saved = blocks;
        blocks = new ArrayDeque<>(saved);
        int handler = b.currentHandler();
        while (!blocks.isEmpty() && blocks.peek() != target) {
            Block block = blocks.pop();
            if (block instanceof Loop loop) {
                if (loop.popsIterator) {
                    popUnderTop(keepTop);
                }
            } else if (block instanceof TryFinally f) {
                // The finally body runs where the try statement stands: under its outer handler,
                // and with its own block gone (a return inside it must not run it again). While a
                // return leaves through it, a jump out of it drops the value being returned.
                b.setHandler(f.outerHandler);
                if (keepTop) {
                    blocks.push(new PendingReturn());
                }
                stmts(f.finalBody);
                if (keepTop) {
                    blocks.pop();
                }
            } else if (block instanceof TryBody t) {
                b.setHandler(t.outerHandler);
            } else if (block instanceof PendingReturn) {
                popUnderTop(keepTop);
            } else if (block instanceof Handling h) {
                b.setHandler(h.outerHandler);
                b.emit(POP_EXCEPT);
                popUnderTop(keepTop);
                clearHandlerName(h.name);
            } else if (block instanceof With w) {
                b.setHandler(w.outerHandler);
                if (keepTop) {
                    b.emit(ROT_TWO);
                }
                callExitWithNones(w.isAsync);
            }
        }
        blocks = saved;
        return handler;
    }

    /**
     * TOS is a with block's {@code __exit__}: call it with (None, None, None) and drop the result
     * (an {@code async with}'s {@code __aexit__}: await the result first).
     */
    private void callExitWithNones(boolean isAsync) {
        int none = b.constant(PyNone.NONE);
        b.emit(LOAD_CONST, none);
        b.emit(LOAD_CONST, none);
        b.emit(LOAD_CONST, none);
        b.emit(CALL, 3);
        if (isAsync) {
            b.emit(GET_AWAITABLE, 2);
            awaitLoop();
        }
        b.emit(POP_TOP);
    }

    /**
     * The loop that awaits: TOS is the iterator GET_AWAITABLE made. As {@code yield from}: SEND
     * passes what our caller sends on to it, YIELD_VALUE 1 hands what it yields up, until it
     * returns; its return value replaces it on the stack. Coming back to SEND is no switch point,
     * as in CPython. (GeneratorBase's throw() and close() know this shape: YIELD_VALUE, then the
     * jump back, then the exit.)
     */
    private void awaitLoop() {
        b.emit(LOAD_CONST, b.constant(PyNone.NONE));
        CodeBuilder.Label send = new CodeBuilder.Label();
        CodeBuilder.Label done = new CodeBuilder.Label();
        b.place(send);
        b.emitJump(SEND, done);
        b.emit(YIELD_VALUE, 1);
        b.emitJump(JUMP_BACKWARD_NO_INTERRUPT, send);
        b.place(done);
    }

    /**
     * {@code with mgr as target: body} (several items nest). BEFORE_WITH leaves {@code __exit__} on
     * the stack under the result of {@code __enter__()}. Leaving the body normally, or by break,
     * continue or return, calls {@code __exit__(None, None, None)}. An exception calls it with the
     * exception (WITH_EXCEPT_START); a true result swallows the exception, anything else re-raises it.
     * {@code async with} is the same with BEFORE_ASYNC_WITH, and the results of {@code __aenter__()}
     * and of each {@code __aexit__()} awaited, as CPython 3.11 compiles it.
     */
    private void withStmt(Stmt.With w, int index) {
        Stmt.WithItem item = w.items().get(index);
        CodeBuilder.Label caught = new CodeBuilder.Label();
        CodeBuilder.Label suppress = new CodeBuilder.Label();
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        b.setLine(w.line());
        expr(item.context());
        if (w.isAsync()) {
            b.emit(BEFORE_ASYNC_WITH);
            b.emit(GET_AWAITABLE, 1);
            awaitLoop();
        } else {
            b.emit(BEFORE_WITH);
        }
        // The handler keeps __exit__ but not __enter__'s result, which the body's first instruction consumes.
        int outer = b.setHandler(b.newHandler(caught, -1));
        if (item.target() != null) {
            store(item.target());
        } else {
            b.emit(POP_TOP);
        }
        blocks.push(new With(outer, w.isAsync()));
        if (index + 1 < w.items().size()) {
            withStmt(w, index + 1);
        } else {
            stmts(w.body());
        }
        blocks.pop();
        b.setHandler(outer);
        b.setLine(w.line());
        callExitWithNones(w.isAsync());
        b.emitJump(JUMP_FORWARD, end);

        b.place(caught);
        b.setHandler(b.newHandler(cleanup));
        b.emit(PUSH_EXC_INFO);
        b.emit(WITH_EXCEPT_START);
        if (w.isAsync()) {
            b.emit(GET_AWAITABLE, 2);
            awaitLoop();
        }
        b.emitJump(POP_JUMP_IF_TRUE, suppress);
        b.setHandler(outer);
        b.emit(POP_EXCEPT);
        b.emit(RERAISE);
        b.place(suppress);
        b.emit(POP_EXCEPT);
        b.emit(POP_TOP);
        b.emit(POP_TOP);
        b.emitJump(JUMP_FORWARD, end);

        b.place(cleanup);
        reraiseFromHandler();
        b.place(end);
    }

    /**
     * The cleanup of an except, finally or with handler that raised: the stack holds the exception
     * that was being handled under the new one. Restore the handled exception (POP_EXCEPT), drop
     * the old one and raise the new one on.
     */
    private void reraiseFromHandler() {
        b.emit(POP_EXCEPT);
        b.emit(ROT_TWO);
        b.emit(POP_TOP);
        b.emit(RERAISE);
    }

    /** Pops the item under the top one when {@code keepTop} (a return value), else the top one. */
    private void popUnderTop(boolean keepTop) {
        if (keepTop) {
            b.emit(ROT_TWO);
        }
        b.emit(POP_TOP);
    }

    /** {@code except E as name} ends with {@code name = None; del name}, as in CPython. */
    private void clearHandlerName(String name) {
        if (name != null) {
            b.emit(LOAD_CONST, b.constant(PyNone.NONE));
            storeName(name);
            deleteName(name);
        }
    }

    /**
     * {@code try}/{@code except}/{@code else}. The body is covered by a handler that finds the
     * exception on the stack; each clause tests it in turn (CHECK_EXC_MATCH); no match re-raises
     * it. While a clause runs, the exception stays on the stack and is the one being handled
     * (PUSH_EXC_INFO .. POP_EXCEPT); if the clause itself raises, its cleanup handler restores the
     * handled exception, drops the old one and re-raises the new one.
     */
    private void tryExcept(Stmt.Try t) {
        CodeBuilder.Label caught = new CodeBuilder.Label();
        CodeBuilder.Label orElse = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        int outer = b.setHandler(b.newHandler(caught));
        blocks.push(new TryBody(outer));
        stmts(t.body());
        blocks.pop();
        b.setHandler(outer);
        b.emitJump(JUMP_FORWARD, orElse);

        b.place(caught);
        int cleanupHandler = b.newHandler(cleanup);
        b.setHandler(cleanupHandler);
        b.emit(PUSH_EXC_INFO);
        for (Stmt.Handler h : t.handlers()) {
            b.setLine(h.line());
            b.setHandler(cleanupHandler);
            CodeBuilder.Label next = new CodeBuilder.Label();
            if (h.type() != null) {
                expr(h.type());
                b.emit(CHECK_EXC_MATCH);
                b.emitJump(POP_JUMP_IF_FALSE, next);
            }
            CodeBuilder.Label namedCleanup = null;
            if (h.name() != null) {
                b.emit(DUP_TOP);
                storeName(h.name());
                namedCleanup = new CodeBuilder.Label();
                b.setHandler(b.newHandler(namedCleanup));
            }
            blocks.push(new Handling(h.name(), outer));
            stmts(h.body());
            blocks.pop();
            b.setHandler(outer);
            b.emit(POP_EXCEPT);
            b.emit(POP_TOP);
            clearHandlerName(h.name());
            b.emitJump(JUMP_FORWARD, end);
            if (namedCleanup != null) {
                // An exception escaped `except E as name`: clear the name, then the usual cleanup.
                b.place(namedCleanup);
                clearHandlerName(h.name());
                b.emitJump(JUMP_FORWARD, cleanup);
            }
            b.place(next);
        }
        b.setHandler(outer);
        b.emit(POP_EXCEPT);
        b.emit(RERAISE);

        b.place(cleanup);
        b.setHandler(outer);
        reraiseFromHandler();

        b.place(orElse);
        stmts(t.orElse());
        b.place(end);
    }

    /**
     * {@code try}/{@code finally} (with any except clauses compiled inside it, as CPython does).
     * The finally body is compiled twice: inline after the body, and as the handler that runs it
     * with the exception being handled, then re-raises it. Leaving the body by break, continue or
     * return runs it too ({@link #unwindTo}).
     */
    private void tryFinally(Stmt.Try t) {
        CodeBuilder.Label caught = new CodeBuilder.Label();
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        int outer = b.setHandler(b.newHandler(caught));
        blocks.push(new TryFinally(t.finalBody(), outer));
        if (t.handlers().isEmpty()) {
            stmts(t.body());
        } else {
            tryExcept(new Stmt.Try(t.body(), t.handlers(), t.orElse(), List.of(), t.line(), t.col()));
        }
        blocks.pop();
        b.setHandler(outer);
        stmts(t.finalBody());
        b.emitJump(JUMP_FORWARD, end);

        b.place(caught);
        b.setHandler(b.newHandler(cleanup));
        b.emit(PUSH_EXC_INFO);
        blocks.push(new Handling(null, outer));
        stmts(t.finalBody());
        blocks.pop();
        b.setHandler(outer);
        b.emit(POP_EXCEPT);
        b.emit(RERAISE);

        b.place(cleanup);
        reraiseFromHandler();
        b.place(end);
    }

    private void augAssign(Stmt.AugAssign a) {
        int op = a.op().ordinal() + Ops.INPLACE;
        if (a.target() instanceof Expr.Name n) {
            loadName(n.id());
            expr(a.value());
            b.emit(BINARY_OP, op);
            storeName(n.id());
        } else if (a.target() instanceof Expr.Attribute at) {
            expr(at.value());
            b.emit(DUP_TOP);
            b.emit(LOAD_ATTR, b.name(at.attr()));
            expr(a.value());
            b.emit(BINARY_OP, op);
            b.emit(ROT_TWO);
            b.emit(STORE_ATTR, b.name(at.attr()));
        } else {
            Expr.Subscript sub = (Expr.Subscript) a.target();
            expr(sub.value());
            index(sub.index());
            b.emit(DUP_TOP_TWO);
            b.emit(BINARY_SUBSCR);
            expr(a.value());
            b.emit(BINARY_OP, op);
            b.emit(ROT_THREE);
            b.emit(STORE_SUBSCR);
        }
    }

    private void ifStmt(Stmt.If i) {
        CodeBuilder.Label orElse = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        expr(i.test());
        b.emitJump(POP_JUMP_IF_FALSE, orElse);
        stmts(i.body());
        if (!i.orElse().isEmpty()) {
            b.emitJump(JUMP_FORWARD, end);
        }
        b.place(orElse);
        stmts(i.orElse());
        b.place(end);
    }

    private void whileStmt(Stmt.While w) {
        CodeBuilder.Label top = new CodeBuilder.Label();
        CodeBuilder.Label orElse = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        b.place(top);
        expr(w.test());
        b.emitJump(POP_JUMP_IF_FALSE, orElse);
        loopRest(new Loop(top, end, false), w.body(), w.line(), orElse, w.orElse());
    }

    private void forStmt(Stmt.For f) {
        if (f.isAsync()) {
            asyncForStmt(f);
            return;
        }
        CodeBuilder.Label top = new CodeBuilder.Label();
        CodeBuilder.Label orElse = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        expr(f.iter());
        b.emit(GET_ITER);
        b.place(top);
        b.setLine(f.line());
        b.emitJump(FOR_ITER, orElse);
        store(f.target());
        loopRest(new Loop(top, end, true), f.body(), f.line(), orElse, f.orElse());
    }

    /**
     * {@code async for}: GET_AITER once; each turn GET_ANEXT and the await of what it pushed. A
     * handler covers just that await: StopAsyncIteration there ends the loop (END_ASYNC_FOR pops it
     * and the iterator), anything else is raised again from there.
     */
    private void asyncForStmt(Stmt.For f) {
        CodeBuilder.Label top = new CodeBuilder.Label();
        CodeBuilder.Label exhausted = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        expr(f.iter());
        b.setLine(f.line());
        b.emit(GET_AITER);
        b.place(top);
        anext(exhausted);
        store(f.target());
        blocks.push(new Loop(top, end, true));
        stmts(f.body());
        blocks.pop();
        b.setLine(f.line());
        b.emitJump(JUMP_BACKWARD, top);
        b.place(exhausted);
        b.emit(END_ASYNC_FOR);
        stmts(f.orElse());
        b.place(end);
    }

    /** One turn of an asynchronous iterator (TOS): await its {@code __anext__()}, under a handler that goes to {@code exhausted}. */
    private void anext(CodeBuilder.Label exhausted) {
        int outer = b.setHandler(b.newHandler(exhausted));
        b.emit(GET_ANEXT);
        awaitLoop();
        b.setHandler(outer);
    }

    /** What every loop ends with: the body, the back-edge (a switch point), then the else clause. */
    private void loopRest(Loop loop, List<Stmt> body, int line, CodeBuilder.Label orElse, List<Stmt> orElseBody) {
        blocks.push(loop);
        stmts(body);
        blocks.pop();
        b.setLine(line);
        b.emitJump(JUMP_BACKWARD, loop.continueTo);
        b.place(orElse);
        stmts(orElseBody);
        b.place(loop.breakTo);
    }

    private void assertStmt(Stmt.Assert a) {
        CodeBuilder.Label ok = new CodeBuilder.Label();
        expr(a.test());
        b.emitJump(POP_JUMP_IF_TRUE, ok);
        b.emit(LOAD_ASSERTION_ERROR);
        if (a.msg() != null) {
            expr(a.msg());
            b.emit(CALL, 1);
        }
        b.emit(RAISE_VARARGS, 1);
        b.place(ok);
    }

    private void functionDef(Stmt.FunctionDef f) {
        pushFunctionDef(f);
        storeName(f.name());
    }

    private void pushFunctionDef(Stmt.FunctionDef f) {
        pushFunction(f, new Signature(f.params(), f.varargs(), f.kwonly(), f.kwargs()), f.name(), f.line(), f.body());
    }

    /** The decorators are evaluated first, then the definition, then each decorator is called, the last first. */
    private void decorated(Stmt.Decorated d) {
        for (Expr dec : d.decorators()) {
            expr(dec);
        }
        String name;
        if (d.definition() instanceof Stmt.FunctionDef f) {
            b.setLine(f.line());
            pushFunctionDef(f);
            name = f.name();
        } else {
            Stmt.ClassDef c = (Stmt.ClassDef) d.definition();
            b.setLine(c.line());
            pushClass(c);
            name = c.name();
        }
        for (int i = 0; i < d.decorators().size(); i++) {
            b.emit(CALL, 1);
        }
        storeName(name);
    }

    /** A lambda is a function whose body returns its expression; it is named {@code <lambda>}. */
    private void lambda(Expr.Lambda l) {
        pushFunction(l, new Signature(l.params(), null, List.of(), null), "<lambda>", l.line(),
                List.of(new Stmt.Return(l.body(), l.line(), l.col())));
    }

    /**
     * A comprehension runs in a function of its own (as in CPython 3.11), called at once with the
     * iterator of its first iterable, which is evaluated here, in the enclosing scope. An
     * asynchronous one (an {@code async for} clause, or an {@code await} inside) is a coroutine,
     * awaited here; an asynchronous generator expression is an async generator, returned as it is.
     */
    private void comprehension(Expr.Comp c) {
        Scope inner = symtable.scopeOf(c);
        CodeBuilder outer = b;
        Deque<Block> outerBlocks = blocks;
        b = new CodeBuilder(inner, Code.Kind.FUNCTION, source, c.line());
        blocks = new ArrayDeque<>();
        b.emit(RESUME);
        boolean generator = c.kind().equals("genexpr");
        if (!generator) {
            b.emit(c.kind().equals("listcomp") ? BUILD_LIST : c.kind().equals("setcomp") ? BUILD_SET : BUILD_MAP, 0);
        }
        b.emit(LOAD_FAST, b.local(".0"));
        comprehensionLoop(c, 0);
        if (generator) {
            b.emit(LOAD_CONST, b.constant(PyNone.NONE));
        }
        b.emit(RETURN_VALUE);
        Code code = b.build("<" + c.kind() + ">", inner.qualname, 1);
        b = outer;
        blocks = outerBlocks;
        b.setLine(c.line());
        int flags = closure(inner);
        b.emit(LOAD_CONST, b.uniqueConstant(code));
        b.emit(MAKE_FUNCTION, flags);
        expr(c.generators().get(0).iter());
        b.emit(c.generators().get(0).isAsync() ? GET_AITER : GET_ITER);
        b.emit(CALL, 1);
        if (inner.coroutine && !generator) {
            b.emit(GET_AWAITABLE, 0);
            awaitLoop();
        }
    }

    /**
     * {@code yield from it}, as CPython 3.11 compiles it: SEND passes each sent value on to the
     * subiterator and YIELD_VALUE hands what it yields to our caller, until the subiterator
     * returns; its return value is the value of the expression.
     */
    private void yieldFrom(Expr.YieldFrom y) {
        expr(y.value());
        b.setLine(y.line());
        b.emit(GET_YIELD_FROM_ITER);
        awaitLoop();
    }

    /** One {@code for} clause (its iterator is on the stack), its conditions, then the next clause or the element. */
    private void comprehensionLoop(Expr.Comp c, int level) {
        Expr.Comprehension g = c.generators().get(level);
        if (level > 0) {
            expr(g.iter());
            b.emit(g.isAsync() ? GET_AITER : GET_ITER);
        }
        CodeBuilder.Label top = new CodeBuilder.Label();
        CodeBuilder.Label done = new CodeBuilder.Label();
        b.place(top);
        if (g.isAsync()) {
            anext(done);
        } else {
            b.emitJump(FOR_ITER, done);
        }
        store(g.target());
        for (Expr cond : g.ifs()) {
            expr(cond);
            b.emitJump(POP_JUMP_IF_FALSE, top);
        }
        if (level + 1 < c.generators().size()) {
            comprehensionLoop(c, level + 1);
        } else {
            int iterators = c.generators().size();
            expr(c.elt());
            if (c.value() != null) {
                expr(c.value());
                b.emit(MAP_ADD, iterators);
            } else if (c.kind().equals("genexpr")) {
                b.emit(YIELD_VALUE, 0);
                b.emit(POP_TOP);
            } else {
                b.emit(c.kind().equals("listcomp") ? LIST_APPEND : SET_ADD, iterators);
            }
        }
        b.setLine(c.line());
        b.emitJump(JUMP_BACKWARD, top);
        b.place(done);
        if (g.isAsync()) {
            b.emit(END_ASYNC_FOR);
        }
    }

    private record Signature(List<Stmt.Param> params, String varargs, List<Stmt.Param> kwonly, String kwargs) { }

    /**
     * Evaluates the defaults (a tuple, MAKE_FUNCTION flag 1) and the keyword-only defaults (a
     * dict, flag 2), compiles the body into a code object and pushes the new function.
     */
    private void pushFunction(Object node, Signature sig, String name, int line, List<Stmt> body) {
        int flags = 0;
        int defaults = 0;
        for (Stmt.Param p : sig.params()) {
            if (p.defaultValue() != null) {
                expr(p.defaultValue());
                defaults++;
            }
        }
        if (defaults > 0) {
            b.emit(BUILD_TUPLE, defaults);
            flags |= 1;
        }
        int kwdefaults = 0;
        for (Stmt.Param p : sig.kwonly()) {
            if (p.defaultValue() != null) {
                b.emit(LOAD_CONST, b.constant(PyStr.of(p.name())));
                expr(p.defaultValue());
                kwdefaults++;
            }
        }
        if (kwdefaults > 0) {
            b.emit(BUILD_MAP, kwdefaults);
            flags |= 2;
        }
        Scope inner = symtable.scopeOf(node);
        Code code = nested(inner, Code.Kind.FUNCTION, line, name, sig, body);
        flags |= closure(inner);
        b.emit(LOAD_CONST, b.uniqueConstant(code));
        b.emit(MAKE_FUNCTION, flags);
    }

    /** Compiles a function or class body into its own code object (loops do not reach across it). */
    private Code nested(Scope inner, Code.Kind kind, int line, String name, Signature sig, List<Stmt> body) {
        CodeBuilder outer = b;
        Deque<Block> outerBlocks = blocks;
        b = new CodeBuilder(inner, kind, source, line);
        blocks = new ArrayDeque<>();
        if (kind == Code.Kind.FUNCTION) {
            b.emit(RESUME);
        }
        stmts(body);
        b.emit(LOAD_CONST, b.constant(PyNone.NONE));
        b.emit(RETURN_VALUE);
        Code code = sig == null ? b.build(name, inner.qualname, 0)
                : b.build(name, inner.qualname, sig.params().size(), sig.kwonly().size(), sig.varargs() != null,
                        sig.kwargs() != null);
        b = outer;
        blocks = outerBlocks;
        b.setLine(line);
        return code;
    }

    /** Pushes a tuple of the cells an inner scope needs; returns the MAKE_FUNCTION flag for it. */
    private int closure(Scope inner) {
        if (inner.frees.isEmpty()) {
            return 0;
        }
        for (String free : inner.frees) {
            b.emit(LOAD_CLOSURE, b.cell(free));
        }
        b.emit(BUILD_TUPLE, inner.frees.size());
        return 8;
    }

    private void classDef(Stmt.ClassDef c) {
        pushClass(c);
        storeName(c.name());
    }

    private void pushClass(Stmt.ClassDef c) {
        Scope inner = symtable.scopeOf(c);
        Code code = nested(inner, Code.Kind.CLASS_BODY, c.line(), c.name(), null, c.body());
        int flags = closure(inner);
        b.emit(LOAD_CONST, b.uniqueConstant(code));
        b.emit(MAKE_FUNCTION, flags);
        b.emit(LOAD_CONST, b.constant(PyStr.of(c.name())));
        for (Expr base : c.bases()) {
            expr(base);
        }
        b.emit(BUILD_CLASS, c.bases().size());
    }

    // ------------------------------------------------------------------ names and targets

    private void loadName(String id) {
        switch (b.scope().access(id)) {
            case FAST -> b.emit(LOAD_FAST, b.local(id));
            case DEREF -> b.emit(LOAD_DEREF, b.cell(id));
            case GLOBAL -> b.emit(LOAD_GLOBAL, b.name(id));
            case NAME -> b.emit(LOAD_NAME, b.name(id));
        }
    }

    private void storeName(String id) {
        switch (b.scope().access(id)) {
            case FAST -> b.emit(STORE_FAST, b.local(id));
            case DEREF -> b.emit(STORE_DEREF, b.cell(id));
            case GLOBAL -> b.emit(STORE_GLOBAL, b.name(id));
            case NAME -> b.emit(STORE_NAME, b.name(id));
        }
    }

    private void store(Expr target) {
        if (target instanceof Expr.Name n) {
            storeName(n.id());
        } else if (target instanceof Expr.Attribute a) {
            expr(a.value());
            b.emit(STORE_ATTR, b.name(a.attr()));
        } else if (target instanceof Expr.Subscript s) {
            expr(s.value());
            index(s.index());
            b.emit(STORE_SUBSCR);
        } else if (target instanceof Expr.TupleExpr t) {
            unpackInto(t.elts());
        } else if (target instanceof Expr.ListExpr l) {
            unpackInto(l.elts());
        } else {
            throw PythonSyntaxError.syntax("cannot assign to expression", target.line(), target.col());
        }
    }

    private void unpackInto(List<Expr> targets) {
        int star = -1;
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i) instanceof Expr.Starred) {
                star = i;
            }
        }
        if (star < 0) {
            b.emit(UNPACK_SEQUENCE, targets.size());
        } else {
            int after = targets.size() - star - 1;
            if (star > 0xFF || after > 0xFF) {
                throw PythonSyntaxError.syntax("too many expressions in star-unpacking assignment",
                        targets.get(0).line(), targets.get(0).col());
            }
            b.emit(UNPACK_EX, star | after << 8);
        }
        for (Expr t : targets) {
            store(t instanceof Expr.Starred s ? s.value() : t);
        }
    }

    private void deleteName(String id) {
        switch (b.scope().access(id)) {
            case FAST -> b.emit(DELETE_FAST, b.local(id));
            case DEREF -> b.emit(DELETE_DEREF, b.cell(id));
            case GLOBAL -> b.emit(DELETE_GLOBAL, b.name(id));
            case NAME -> b.emit(DELETE_NAME, b.name(id));
        }
    }

    private void delete(Expr target) {
        if (target instanceof Expr.Name n) {
            deleteName(n.id());
        } else if (target instanceof Expr.Attribute a) {
            expr(a.value());
            b.emit(DELETE_ATTR, b.name(a.attr()));
        } else if (target instanceof Expr.Subscript s) {
            expr(s.value());
            index(s.index());
            b.emit(DELETE_SUBSCR);
        } else if (target instanceof Expr.TupleExpr t) {
            t.elts().forEach(this::delete);
        } else if (target instanceof Expr.ListExpr l) {
            l.elts().forEach(this::delete);
        }
    }

    // ------------------------------------------------------------------ expressions

    private void expr(Expr e) {
        int oldLine = b.setLine(e.line());
        exprAtLine(e);
        b.setLine(oldLine);
    }

    private void exprAtLine(Expr e) {
        if (e instanceof Expr.Name n) {
            loadName(n.id());
        } else if (e instanceof Expr.IntConst c) {
            b.emit(LOAD_CONST, b.constant(PyInt.of(c.value())));
        } else if (e instanceof Expr.FloatConst c) {
            b.emit(LOAD_CONST, b.constant(PyFloat.of(c.value())));
        } else if (e instanceof Expr.StrConst c) {
            b.emit(LOAD_CONST, b.constant(PyStr.of(c.value())));
        } else if (e instanceof Expr.BytesConst c) {
            b.emit(LOAD_CONST, b.constant(PyBytes.of(c.value())));
        } else if (e instanceof Expr.Singleton s) {
            PyObject v = switch (s.kind()) {
                case TRUE -> PyBool.TRUE;
                case FALSE -> PyBool.FALSE;
                case NONE -> PyNone.NONE;
            };
            b.emit(LOAD_CONST, b.constant(v));
        } else if (e instanceof Expr.BinOp bin) {
            expr(bin.left());
            expr(bin.right());
            b.setLine(e.line());
            b.emit(BINARY_OP, bin.op().ordinal());
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand());
            b.emit(switch (u.op()) {
                case NEGATIVE -> UNARY_NEGATIVE;
                case POSITIVE -> UNARY_POSITIVE;
                case INVERT -> UNARY_INVERT;
                case NOT -> UNARY_NOT;
            });
        } else if (e instanceof Expr.BoolOp bool) {
            CodeBuilder.Label end = new CodeBuilder.Label();
            List<Expr> values = bool.values();
            for (int i = 0; i < values.size() - 1; i++) {
                expr(values.get(i));
                b.emitJump(bool.isAnd() ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP, end);
            }
            expr(values.get(values.size() - 1));
            b.place(end);
        } else if (e instanceof Expr.Compare c) {
            compare(c);
        } else if (e instanceof Expr.IfExp i) {
            CodeBuilder.Label orElse = new CodeBuilder.Label();
            CodeBuilder.Label end = new CodeBuilder.Label();
            expr(i.test());
            b.emitJump(POP_JUMP_IF_FALSE, orElse);
            expr(i.body());
            b.emitJump(JUMP_FORWARD, end);
            b.place(orElse);
            expr(i.orElse());
            b.place(end);
        } else if (e instanceof Expr.Yield y) {
            if (y.value() != null) {
                expr(y.value());
            } else {
                b.emit(LOAD_CONST, b.constant(PyNone.NONE));
            }
            b.setLine(y.line());
            b.emit(YIELD_VALUE, 0);
        } else if (e instanceof Expr.YieldFrom y) {
            yieldFrom(y);
        } else if (e instanceof Expr.Await a) {
            expr(a.value());
            b.setLine(a.line());
            b.emit(GET_AWAITABLE, 0);
            awaitLoop();
        } else if (e instanceof Expr.Lambda l) {
            lambda(l);
        } else if (e instanceof Expr.Comp c) {
            comprehension(c);
        } else if (e instanceof Expr.JoinedStr j) {
            for (Expr part : j.parts()) {
                expr(part);
            }
            b.emit(BUILD_STRING, j.parts().size());
        } else if (e instanceof Expr.FormattedValue f) {
            expr(f.value());
            if (f.spec() != null) {
                expr(f.spec());
            }
            int conversion = switch (f.conversion()) {
                case 's' -> 1;
                case 'r' -> 2;
                case 'a' -> 3;
                default -> 0;
            };
            b.emit(FORMAT_VALUE, conversion | (f.spec() != null ? 4 : 0));
        } else if (e instanceof Expr.Call c) {
            call(c);
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
            b.emit(LOAD_ATTR, b.name(a.attr()));
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            index(s.index());
            b.setLine(e.line());
            b.emit(BINARY_SUBSCR);
        } else if (e instanceof Expr.ListExpr l) {
            elements(l.elts());
            b.emit(BUILD_LIST, l.elts().size());
        } else if (e instanceof Expr.TupleExpr t) {
            elements(t.elts());
            b.emit(BUILD_TUPLE, t.elts().size());
        } else if (e instanceof Expr.SetExpr s) {
            elements(s.elts());
            b.emit(BUILD_SET, s.elts().size());
        } else if (e instanceof Expr.DictExpr d) {
            for (int i = 0; i < d.keys().size(); i++) {
                expr(d.keys().get(i));
                expr(d.values().get(i));
            }
            b.emit(BUILD_MAP, d.keys().size());
        } else if (e instanceof Expr.Starred s) {
            throw PythonSyntaxError.syntax("can't use starred expression here", s.line(), s.col());
        } else if (e instanceof Expr.Slice s) {
            throw PythonSyntaxError.syntax("invalid syntax", s.line(), s.col());
        } else {
            throw new IllegalStateException("unknown expression " + e);
        }
    }

    private void elements(List<Expr> elts) {
        for (Expr e : elts) {
            if (e instanceof Expr.Starred s) {
                throw PythonSyntaxError.syntax("'*' unpacking in displays is not supported by gilvm", s.line(), s.col());
            }
            expr(e);
        }
    }

    /** A subscript's index: a slice becomes BUILD_SLICE, anything else is an expression. */
    private void index(Expr index) {
        if (index instanceof Expr.Slice s) {
            sliceParts(s);
        } else if (index instanceof Expr.TupleExpr t && t.elts().stream().anyMatch(x -> x instanceof Expr.Slice)) {
            for (Expr x : t.elts()) {
                index(x);
            }
            b.emit(BUILD_TUPLE, t.elts().size());
        } else {
            expr(index);
        }
    }

    private void sliceParts(Expr.Slice s) {
        optional(s.lower());
        optional(s.upper());
        if (s.step() != null) {
            expr(s.step());
            b.emit(BUILD_SLICE, 3);
        } else {
            b.emit(BUILD_SLICE, 2);
        }
    }

    private void optional(Expr e) {
        if (e == null) {
            b.emit(LOAD_CONST, b.constant(PyNone.NONE));
        } else {
            expr(e);
        }
    }

    /** {@code a < b < c}: b is evaluated once; a false link short-circuits, leaving False. */
    private void compare(Expr.Compare c) {
        expr(c.left());
        int n = c.ops().size();
        if (n == 1) {
            expr(c.comparators().get(0));
            compareOp(c.ops().get(0));
            return;
        }
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        for (int i = 0; i < n - 1; i++) {
            expr(c.comparators().get(i));
            b.emit(DUP_TOP);
            b.emit(ROT_THREE);
            compareOp(c.ops().get(i));
            b.emitJump(JUMP_IF_FALSE_OR_POP, cleanup);
        }
        expr(c.comparators().get(n - 1));
        compareOp(c.ops().get(n - 1));
        b.emitJump(JUMP_FORWARD, end);
        b.place(cleanup);
        b.emit(ROT_TWO);
        b.emit(POP_TOP);
        b.place(end);
    }

    private void compareOp(CompareOperator op) {
        switch (op) {
            case IN -> b.emit(CONTAINS_OP, 0);
            case NOT_IN -> b.emit(CONTAINS_OP, 1);
            case IS -> b.emit(IS_OP, 0);
            case IS_NOT -> b.emit(IS_OP, 1);
            default -> b.emit(COMPARE_OP, op.ordinal());
        }
    }

    private void call(Expr.Call c) {
        if (c.args().stream().anyMatch(a -> a instanceof Expr.Starred) || c.keywords().stream().anyMatch(k -> k.name() == null)) {
            callUnpacking(c);
            return;
        }
        boolean method = c.func() instanceof Expr.Attribute;
        if (method) {
            Expr.Attribute a = (Expr.Attribute) c.func();
            expr(a.value());
            b.emit(LOAD_METHOD, b.name(a.attr()));
        } else {
            expr(c.func());
        }
        for (Expr arg : c.args()) {
            expr(arg);
        }
        int n = c.args().size() + c.keywords().size();
        if (n > 0xFF) {
            throw PythonSyntaxError.syntax("more than 255 arguments are not supported by gilvm", c.line(), c.col());
        }
        b.setLine(c.line());
        if (c.keywords().isEmpty()) {
            b.emit(method ? CALL_METHOD : CALL, n);
            return;
        }
        PyObject[] names = new PyObject[c.keywords().size()];
        for (int i = 0; i < names.length; i++) {
            Expr.Keyword k = c.keywords().get(i);
            names[i] = PyStr.of(k.name());
            expr(k.value());
        }
        int namesConst = b.constant(PyTuple.of(names));
        b.setLine(c.line());
        b.emit(method ? CALL_METHOD_KW : CALL_KW, n | namesConst << 8);
    }

    /**
     * A call with {@code *iterable} or {@code **mapping}, compiled as CPython 3.11 compiles it, so
     * that the same objects are made in the same order. The positional arguments: a lone
     * {@code *x} is passed as it is (CALL_FUNCTION_EX makes it a tuple if it is not one); plain
     * ones only, a tuple (BUILD_TUPLE); otherwise a list (the plain ones before the first star,
     * then LIST_APPEND, LIST_EXTEND) made a tuple (LIST_TO_TUPLE). The keywords: each run of
     * {@code name=value} is one dict (BUILD_MAP), and each {@code **mapping} is merged into the
     * first dict (DICT_MERGE; an empty one first if the call starts with it), so that a name given
     * twice is an error.
     */
    private void callUnpacking(Expr.Call c) {
        expr(c.func());
        List<Expr> args = c.args();
        int plainFirst = 0;
        while (plainFirst < args.size() && !(args.get(plainFirst) instanceof Expr.Starred)) {
            plainFirst++;
        }
        if (args.size() == 1 && args.get(0) instanceof Expr.Starred only) {
            expr(only.value());
        } else if (plainFirst == args.size()) {
            for (Expr arg : args) {
                expr(arg);
            }
            b.emit(BUILD_TUPLE, args.size());
        } else {
            for (int i = 0; i < plainFirst; i++) {
                expr(args.get(i));
            }
            b.emit(BUILD_LIST, plainFirst);
            for (int i = plainFirst; i < args.size(); i++) {
                if (args.get(i) instanceof Expr.Starred s) {
                    expr(s.value());
                    b.emit(LIST_EXTEND, 0);
                } else {
                    expr(args.get(i));
                    b.emit(LIST_APPEND, 0);
                }
            }
            b.emit(LIST_TO_TUPLE);
        }
        List<Expr.Keyword> keywords = c.keywords();
        boolean haveDict = false;
        int run = 0;
        for (int i = 0; i <= keywords.size(); i++) {
            Expr.Keyword k = i < keywords.size() ? keywords.get(i) : null;
            if (k != null && k.name() != null) {
                run++;
                continue;
            }
            if (run > 0) {
                for (int j = i - run; j < i; j++) {
                    b.emit(LOAD_CONST, b.constant(PyStr.of(keywords.get(j).name())));
                    expr(keywords.get(j).value());
                }
                b.emit(BUILD_MAP, run);
                if (haveDict) {
                    b.emit(DICT_MERGE, 0);
                }
                haveDict = true;
                run = 0;
            }
            if (k != null) {
                if (!haveDict) {
                    b.emit(BUILD_MAP, 0);
                    haveDict = true;
                }
                expr(k.value());
                b.emit(DICT_MERGE, 0);
            }
        }
        b.setLine(c.line());
        b.emit(CALL_FUNCTION_EX, haveDict ? 1 : 0);
    }
}
