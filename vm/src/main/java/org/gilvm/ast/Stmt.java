package org.gilvm.ast;

import java.util.List;

/** Statements. Every node knows the line and column (1-based) where it starts. */
public sealed interface Stmt {
    int line();

    int col();

    record ExprStmt(Expr value, int line, int col) implements Stmt { }

    /** {@code a = b = value}: every target receives the same value, left to right. */
    record Assign(List<Expr> targets, Expr value, int line, int col) implements Stmt { }

    record AugAssign(Expr target, BinaryOperator op, Expr value, int line, int col) implements Stmt { }

    record If(Expr test, List<Stmt> body, List<Stmt> orElse, int line, int col) implements Stmt { }

    record While(Expr test, List<Stmt> body, List<Stmt> orElse, int line, int col) implements Stmt { }

    /** {@code for} or, with {@code isAsync}, {@code async for} (its iterator is asynchronous: {@code __aiter__}/{@code __anext__}). */
    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse, boolean isAsync, int line, int col)
            implements Stmt { }

    record Break(int line, int col) implements Stmt { }

    record Continue(int line, int col) implements Stmt { }

    record Pass(int line, int col) implements Stmt { }

    /** {@code return} or {@code return value}; value is null for the bare form. */
    record Return(Expr value, int line, int col) implements Stmt { }

    record Delete(List<Expr> targets, int line, int col) implements Stmt { }

    record Global(List<String> names, int line, int col) implements Stmt { }

    record Nonlocal(List<String> names, int line, int col) implements Stmt { }

    /** {@code assert test, msg}; msg may be null. */
    record Assert(Expr test, Expr msg, int line, int col) implements Stmt { }

    /** {@code raise exc from cause}; exc is null for a bare re-raise, cause null without {@code from}. */
    record Raise(Expr exc, Expr cause, int line, int col) implements Stmt { }

    /** {@code try} with its handlers, {@code else} and {@code finally} (each list may be empty). */
    record Try(List<Stmt> body, List<Handler> handlers, List<Stmt> orElse, List<Stmt> finalBody, int line, int col)
            implements Stmt { }

    /**
     * {@code with a as x, b:}: items in order; an item's target may be null. With {@code isAsync},
     * {@code async with}: {@code __aenter__} and {@code __aexit__}, each awaited.
     */
    record With(List<WithItem> items, List<Stmt> body, boolean isAsync, int line, int col) implements Stmt { }

    record WithItem(Expr context, Expr target) { }

    /** {@code except type as name:}; type and name may be null (a bare {@code except:}). */
    record Handler(Expr type, String name, List<Stmt> body, int line, int col) { }

    /**
     * {@code def name(params, *varargs, kwonly, **kwargs)}: varargs and kwargs may be null, kwonly
     * empty. {@code isAsync} for {@code async def}: calling it makes a coroutine (or, if its body
     * yields, an async generator).
     */
    record FunctionDef(String name, List<Param> params, String varargs, List<Param> kwonly, String kwargs,
                       List<Stmt> body, boolean isAsync, int line, int col) implements Stmt { }

    /** A positional-or-keyword parameter; defaultValue may be null. */
    record Param(String name, Expr defaultValue, int line, int col) { }

    record ClassDef(String name, List<Expr> bases, List<Stmt> body, int line, int col) implements Stmt { }

    /** {@code @d1 @d2 def f...}: the definition (a FunctionDef or ClassDef) passed through the decorators, last first. */
    record Decorated(List<Expr> decorators, Stmt definition, int line, int col) implements Stmt { }

    /** {@code import a.b as c}: asName may be null. */
    record Import(List<Alias> names, int line, int col) implements Stmt { }

    /** {@code from module import a as b, c}. */
    record ImportFrom(String module, List<Alias> names, int line, int col) implements Stmt { }

    record Alias(String name, String asName) { }
}
