package org.gilvm.compiler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gilvm.ast.Expr;
import org.gilvm.ast.Module;
import org.gilvm.ast.Stmt;
import org.gilvm.grammar.PythonSyntaxError;

/**
 * Scope analysis, done once before code generation (as CPython's symtable.c): first collect, per
 * scope, the names bound, used and declared; then decide for every name whether it is local, global,
 * a cell shared with inner functions, or a free variable of an enclosing function.
 */
final class Symtable {
    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    final Scope module;

    private Symtable(Module m) {
        module = new Scope(Scope.Kind.MODULE, "<module>", "<module>", null);
        scopes.put(m, module);
        for (Stmt s : m.body()) {
            stmt(s, module);
        }
        analyze(module, Set.of());
    }

    static Symtable build(Module m) {
        return new Symtable(m);
    }

    Scope scopeOf(Object node) {
        return scopes.get(node);
    }

    // ------------------------------------------------------------------ collecting

    private void stmts(List<Stmt> body, Scope scope) {
        for (Stmt s : body) {
            stmt(s, scope);
        }
    }

    private void stmt(Stmt s, Scope scope) {
        if (s instanceof Stmt.ExprStmt e) {
            expr(e.value(), scope);
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value(), scope);
            for (Expr t : a.targets()) {
                target(t, scope);
            }
        } else if (s instanceof Stmt.AugAssign a) {
            // CPython's symtable visits the target first; it decides co_varnames order.
            expr(a.target(), scope);
            target(a.target(), scope);
            expr(a.value(), scope);
        } else if (s instanceof Stmt.If i) {
            expr(i.test(), scope);
            stmts(i.body(), scope);
            stmts(i.orElse(), scope);
        } else if (s instanceof Stmt.While w) {
            expr(w.test(), scope);
            stmts(w.body(), scope);
            stmts(w.orElse(), scope);
        } else if (s instanceof Stmt.For f) {
            if (f.isAsync()) {
                requireAsyncFunction(scope, "'async for' outside async function", s);
            }
            expr(f.iter(), scope);
            target(f.target(), scope);
            stmts(f.body(), scope);
            stmts(f.orElse(), scope);
        } else if (s instanceof Stmt.Return r) {
            if (scope.kind != Scope.Kind.FUNCTION) {
                throw PythonSyntaxError.syntax("'return' outside function", r.line(), r.col());
            }
            if (r.value() != null) {
                expr(r.value(), scope);
            }
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                target(t, scope);
            }
        } else if (s instanceof Stmt.Global g) {
            declare(g.names(), scope, scope.globals, "global", g);
        } else if (s instanceof Stmt.Nonlocal n) {
            if (scope.kind == Scope.Kind.MODULE) {
                throw PythonSyntaxError.syntax("nonlocal declaration not allowed at module level", n.line(), n.col());
            }
            declare(n.names(), scope, scope.nonlocals, "nonlocal", n);
        } else if (s instanceof Stmt.Assert a) {
            expr(a.test(), scope);
            if (a.msg() != null) {
                expr(a.msg(), scope);
            }
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) {
                expr(r.exc(), scope);
            }
            if (r.cause() != null) {
                expr(r.cause(), scope);
            }
        } else if (s instanceof Stmt.Decorated d) {
            for (Expr dec : d.decorators()) {
                expr(dec, scope);
            }
            stmt(d.definition(), scope);
        } else if (s instanceof Stmt.With w) {
            if (w.isAsync()) {
                requireAsyncFunction(scope, "'async with' outside async function", s);
            }
            for (Stmt.WithItem item : w.items()) {
                expr(item.context(), scope);
                if (item.target() != null) {
                    target(item.target(), scope);
                }
            }
            stmts(w.body(), scope);
        } else if (s instanceof Stmt.Try t) {
            stmts(t.body(), scope);
            for (Stmt.Handler h : t.handlers()) {
                if (h.type() != null) {
                    expr(h.type(), scope);
                }
                if (h.name() != null) {
                    bind(h.name(), scope);
                }
                stmts(h.body(), scope);
            }
            stmts(t.orElse(), scope);
            stmts(t.finalBody(), scope);
        } else if (s instanceof Stmt.FunctionDef f) {
            functionDef(f, scope);
        } else if (s instanceof Stmt.ClassDef c) {
            classDef(c, scope);
        } else if (s instanceof Stmt.Import i) {
            for (Stmt.Alias a : i.names()) {
                bind(a.asName() != null ? a.asName() : a.name().split("\\.")[0], scope);
            }
        } else if (s instanceof Stmt.ImportFrom i) {
            for (Stmt.Alias a : i.names()) {
                bind(a.asName() != null ? a.asName() : a.name(), scope);
            }
        }
    }

    /** {@code async with} and {@code async for} belong in the body of an {@code async def}. */
    private static void requireAsyncFunction(Scope scope, String error, Stmt at) {
        if (scope.kind != Scope.Kind.FUNCTION || !scope.coroutine || scope.comprehension) {
            throw PythonSyntaxError.syntax(error, at.line(), at.col());
        }
    }

    private void declare(List<String> names, Scope scope, Set<String> into, String what, Stmt at) {
        for (String n : names) {
            if (scope.params.contains(n)) {
                throw PythonSyntaxError.syntax("name '" + n + "' is parameter and " + what, at.line(), at.col());
            }
            if (scope.assigned.contains(n) || scope.used.contains(n)) {
                String verb = scope.assigned.contains(n) ? "assigned to" : "used";
                throw PythonSyntaxError.syntax("name '" + n + "' is " + verb + " prior to " + what + " declaration",
                        at.line(), at.col());
            }
            into.add(n);
        }
    }

    private void functionDef(Stmt.FunctionDef f, Scope scope) {
        for (Stmt.Param p : f.params()) {
            if (p.defaultValue() != null) {
                expr(p.defaultValue(), scope);
            }
        }
        for (Stmt.Param p : f.kwonly()) {
            if (p.defaultValue() != null) {
                expr(p.defaultValue(), scope);
            }
        }
        bind(f.name(), scope);
        Scope inner = new Scope(Scope.Kind.FUNCTION, f.name(), scope.childQualnamePrefix() + f.name(), scope);
        scopes.put(f, inner);
        inner.coroutine = f.isAsync();
        // co_varnames order: positional, keyword-only, then *args and **kwargs.
        for (Stmt.Param p : f.params()) {
            inner.params.add(p.name());
        }
        for (Stmt.Param p : f.kwonly()) {
            inner.params.add(p.name());
        }
        if (f.varargs() != null) {
            inner.params.add(f.varargs());
        }
        if (f.kwargs() != null) {
            inner.params.add(f.kwargs());
        }
        stmts(f.body(), inner);
    }

    private void classDef(Stmt.ClassDef c, Scope scope) {
        for (Expr b : c.bases()) {
            expr(b, scope);
        }
        bind(c.name(), scope);
        Scope inner = new Scope(Scope.Kind.CLASS, c.name(), scope.childQualnamePrefix() + c.name(), scope);
        scopes.put(c, inner);
        stmts(c.body(), inner);
    }

    private void bind(String name, Scope scope) {
        scope.assigned.add(name);
        scope.mentioned.add(name);
    }

    private void target(Expr t, Scope scope) {
        if (t instanceof Expr.Name n) {
            bind(n.id(), scope);
        } else if (t instanceof Expr.TupleExpr tuple) {
            for (Expr e : tuple.elts()) {
                target(e, scope);
            }
        } else if (t instanceof Expr.ListExpr list) {
            for (Expr e : list.elts()) {
                target(e, scope);
            }
        } else if (t instanceof Expr.Starred s) {
            target(s.value(), scope);
        } else {
            expr(t, scope);
        }
    }

    private void expr(Expr e, Scope scope) {
        if (e instanceof Expr.JoinedStr j) {
            for (Expr part : j.parts()) {
                expr(part, scope);
            }
        } else if (e instanceof Expr.FormattedValue f) {
            expr(f.value(), scope);
            if (f.spec() != null) {
                expr(f.spec(), scope);
            }
        } else if (e instanceof Expr.Comp c) {
            // The first iterable is evaluated outside; the rest runs in a function of its own, as in CPython.
            expr(c.generators().get(0).iter(), scope);
            String name = "<" + c.kind() + ">";
            Scope inner = new Scope(Scope.Kind.FUNCTION, name, scope.childQualnamePrefix() + name, scope);
            scopes.put(c, inner);
            boolean genexpr = c.kind().equals("genexpr");
            inner.generator = genexpr;
            inner.comprehension = true;
            inner.params.add(".0");
            inner.mentioned.add(".0");
            for (int i = 0; i < c.generators().size(); i++) {
                Expr.Comprehension g = c.generators().get(i);
                if (i > 0) {
                    expr(g.iter(), inner);
                }
                target(g.target(), inner);
                for (Expr cond : g.ifs()) {
                    expr(cond, inner);
                }
                inner.coroutine |= g.isAsync();
            }
            expr(c.elt(), inner);
            if (c.value() != null) {
                expr(c.value(), inner);
            }
            if (inner.coroutine && !genexpr) {
                // An asynchronous list, set or dict comprehension is a coroutine its scope awaits: an
                // enclosing comprehension becomes asynchronous too, anything but an async def refuses it.
                // (An asynchronous generator expression makes an async generator, anywhere.)
                if (scope.comprehension) {
                    scope.coroutine = true;
                } else if (scope.kind != Scope.Kind.FUNCTION || !scope.coroutine) {
                    throw PythonSyntaxError.syntax("asynchronous comprehension outside of an asynchronous function",
                            c.line(), c.col());
                }
            }
        } else if (e instanceof Expr.Lambda l) {
            for (Stmt.Param p : l.params()) {
                if (p.defaultValue() != null) {
                    expr(p.defaultValue(), scope);
                }
            }
            Scope inner = new Scope(Scope.Kind.FUNCTION, "<lambda>", scope.childQualnamePrefix() + "<lambda>", scope);
            scopes.put(l, inner);
            for (Stmt.Param p : l.params()) {
                inner.params.add(p.name());
                inner.mentioned.add(p.name());
            }
            expr(l.body(), inner);
        } else if (e instanceof Expr.Yield y) {
            markGenerator(scope, y);
            if (y.value() != null) {
                expr(y.value(), scope);
            }
        } else if (e instanceof Expr.YieldFrom y) {
            markGenerator(scope, y);
            if (scope.coroutine) {
                throw PythonSyntaxError.syntax("'yield from' inside async function", y.line(), y.col());
            }
            expr(y.value(), scope);
        } else if (e instanceof Expr.Await a) {
            markAwait(scope, a);
            expr(a.value(), scope);
        } else if (e instanceof Expr.Name n) {
            scope.used.add(n.id());
            scope.mentioned.add(n.id());
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left(), scope);
            expr(b.right(), scope);
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand(), scope);
        } else if (e instanceof Expr.BoolOp b) {
            exprs(b.values(), scope);
        } else if (e instanceof Expr.Compare c) {
            expr(c.left(), scope);
            exprs(c.comparators(), scope);
        } else if (e instanceof Expr.IfExp i) {
            expr(i.test(), scope);
            expr(i.body(), scope);
            expr(i.orElse(), scope);
        } else if (e instanceof Expr.Call c) {
            expr(c.func(), scope);
            exprs(c.args(), scope);
            for (Expr.Keyword k : c.keywords()) {
                expr(k.value(), scope);
            }
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value(), scope);
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value(), scope);
            expr(s.index(), scope);
        } else if (e instanceof Expr.Slice s) {
            for (Expr part : new Expr[] {s.lower(), s.upper(), s.step()}) {
                if (part != null) {
                    expr(part, scope);
                }
            }
        } else if (e instanceof Expr.Starred s) {
            expr(s.value(), scope);
        } else if (e instanceof Expr.ListExpr l) {
            exprs(l.elts(), scope);
        } else if (e instanceof Expr.TupleExpr t) {
            exprs(t.elts(), scope);
        } else if (e instanceof Expr.SetExpr s) {
            exprs(s.elts(), scope);
        } else if (e instanceof Expr.DictExpr d) {
            exprs(d.keys(), scope);
            exprs(d.values(), scope);
        }
    }

    /** A yield makes its function a generator; anywhere else it is a SyntaxError, worded as CPython's. */
    private static void markGenerator(Scope scope, Expr yield) {
        String where = switch (scope.name) {
            case "<listcomp>" -> "inside list comprehension";
            case "<setcomp>" -> "inside set comprehension";
            case "<dictcomp>" -> "inside dict comprehension";
            case "<genexpr>" -> "inside generator expression";
            default -> scope.kind == Scope.Kind.FUNCTION ? null : "outside function";
        };
        if (where != null) {
            throw PythonSyntaxError.syntax("'yield' " + where, yield.line(), yield.col());
        }
        scope.generator = true;
    }

    /**
     * {@code await} belongs in an {@code async def}; in a comprehension it makes the comprehension
     * asynchronous (which its own scope then has to allow). CPython's words otherwise.
     */
    private static void markAwait(Scope scope, Expr.Await await) {
        if (scope.kind != Scope.Kind.FUNCTION) {
            throw PythonSyntaxError.syntax("'await' outside function", await.line(), await.col());
        }
        if (scope.comprehension) {
            scope.coroutine = true;
        } else if (!scope.coroutine) {
            throw PythonSyntaxError.syntax("'await' outside async function", await.line(), await.col());
        }
    }

    private void exprs(List<Expr> es, Scope scope) {
        for (Expr e : es) {
            expr(e, scope);
        }
    }

    // ------------------------------------------------------------------ resolving

    /** The implicit cell through which methods find their class (for {@code super()}). */
    static final String CLASS_CELL = "__class__";

    private static boolean insideClass(Scope scope) {
        for (Scope s = scope.parent; s != null; s = s.parent) {
            if (s.kind == Scope.Kind.CLASS) {
                return true;
            }
        }
        return false;
    }

    /** Decides locals, cells and free variables; returns the names {@code scope} needs from outside. */
    private static Set<String> analyze(Scope scope, Set<String> boundAbove) {
        if (scope.kind == Scope.Kind.FUNCTION) {
            scope.locals.addAll(scope.params);
            // co_varnames order is CPython's: parameters, then names in order of first mention
            // (read or write). Locals are freed in this order when the frame returns.
            for (String n : scope.mentioned) {
                if (scope.assigned.contains(n) && !scope.globals.contains(n) && !scope.nonlocals.contains(n)) {
                    scope.locals.add(n);
                }
            }
        }
        Set<String> visibleBelow = boundAbove;
        if (scope.kind == Scope.Kind.FUNCTION) {
            visibleBelow = new HashSet<>(boundAbove);
            visibleBelow.addAll(scope.locals);
            visibleBelow.removeAll(scope.globals);
        }
        for (String n : scope.nonlocals) {
            if (!boundAbove.contains(n)) {
                throw PythonSyntaxError.syntax("no binding for nonlocal '" + n + "' found", 1, 1);
            }
            scope.frees.add(n);
        }
        if (scope.kind == Scope.Kind.FUNCTION && scope.used.contains("super") && insideClass(scope)) {
            // Zero-argument super() finds the class through an implicit __class__ cell, as in CPython.
            scope.frees.add(CLASS_CELL);
        }
        for (Scope child : scope.children) {
            for (String n : analyze(child, visibleBelow)) {
                if (scope.kind == Scope.Kind.CLASS && n.equals(CLASS_CELL)) {
                    scope.cells.add(CLASS_CELL);
                } else if (scope.kind == Scope.Kind.FUNCTION && scope.locals.contains(n)) {
                    scope.cells.add(n);
                } else if (!scope.globals.contains(n)) {
                    scope.frees.add(n);
                }
            }
        }
        if (scope.kind != Scope.Kind.MODULE) {
            Set<String> mentioned = new HashSet<>(scope.used);
            mentioned.addAll(scope.assigned);
            for (String n : mentioned) {
                boolean bindsHere = scope.kind == Scope.Kind.FUNCTION ? scope.locals.contains(n)
                        : scope.assigned.contains(n);
                if (!bindsHere && !scope.globals.contains(n) && boundAbove.contains(n)) {
                    scope.frees.add(n);
                }
            }
        }
        // CPython 3.11 sorts its cell and free variable names (dictbytype): the order cells are
        // freed with the frame (after the locals; a parameter's cell in the parameter's slot), and
        // the order of a closure, which is freed last to first like the tuple it is in CPython.
        sortInPlace(scope.cells);
        sortInPlace(scope.frees);
        return scope.frees;
    }

    private static void sortInPlace(Set<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        names.clear();
        names.addAll(sorted);
    }
}
