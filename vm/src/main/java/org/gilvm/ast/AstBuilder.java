package org.gilvm.ast;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.gilvm.grammar.PythonFrontEnd;
import org.gilvm.grammar.PythonParser;
import org.gilvm.grammar.PythonParser.*;
import org.gilvm.grammar.PythonSyntaxError;

/**
 * Turns ANTLR's parse tree into gilvm's AST, and refuses, by name, every construct gilvm does not run.
 * Nothing after this class sees the parse tree. Targets of assignment, {@code del} and {@code for}
 * are checked here, with CPython's messages.
 */
public final class AstBuilder {
    private AstBuilder() { }

    /** Parses and builds; throws {@link PythonSyntaxError} for bad or unsupported source. */
    public static Module parse(String source) {
        return build(PythonFrontEnd.parse(source));
    }

    public static Module build(File_inputContext file) {
        List<Stmt> body = new ArrayList<>();
        for (StmtContext s : file.stmt()) {
            stmt(s, body);
        }
        return new Module(List.copyOf(body));
    }

    // ---------------------------------------------------------------- statements

    private static void stmt(StmtContext ctx, List<Stmt> out) {
        if (ctx.simple_stmts() != null) {
            simpleStmts(ctx.simple_stmts(), out);
        } else {
            out.add(compound(ctx.compound_stmt()));
        }
    }

    private static void simpleStmts(Simple_stmtsContext ctx, List<Stmt> out) {
        for (Simple_stmtContext s : ctx.simple_stmt()) {
            out.add(simple(s));
        }
    }

    private static List<Stmt> block(BlockContext ctx) {
        List<Stmt> out = new ArrayList<>();
        if (ctx.simple_stmts() != null) {
            simpleStmts(ctx.simple_stmts(), out);
        } else {
            for (StmtContext s : ctx.stmt()) {
                stmt(s, out);
            }
        }
        return List.copyOf(out);
    }

    private static Stmt simple(Simple_stmtContext ctx) {
        int line = line(ctx);
        int col = col(ctx);
        if (ctx.expr_stmt() != null) {
            return exprStmt(ctx.expr_stmt());
        } else if (ctx.del_stmt() != null) {
            List<Expr> targets = new ArrayList<>();
            for (Expr e : exprList(ctx.del_stmt().exprlist())) {
                targets.add(checkTarget(e, "delete"));
            }
            return new Stmt.Delete(targets, line, col);
        } else if (ctx.pass_stmt() != null) {
            return new Stmt.Pass(line, col);
        } else if (ctx.break_stmt() != null) {
            return new Stmt.Break(line, col);
        } else if (ctx.continue_stmt() != null) {
            return new Stmt.Continue(line, col);
        } else if (ctx.return_stmt() != null) {
            var r = ctx.return_stmt();
            return new Stmt.Return(r.testlist_star_expr() == null ? null : testListStar(r.testlist_star_expr()),
                    line, col);
        } else if (ctx.raise_stmt() != null) {
            var r = ctx.raise_stmt();
            return new Stmt.Raise(r.test().isEmpty() ? null : test(r.test(0)),
                    r.test().size() > 1 ? test(r.test(1)) : null, line, col);
        } else if (ctx.global_stmt() != null) {
            return new Stmt.Global(names(ctx.global_stmt().NAME()), line, col);
        } else if (ctx.nonlocal_stmt() != null) {
            return new Stmt.Nonlocal(names(ctx.nonlocal_stmt().NAME()), line, col);
        } else if (ctx.assert_stmt() != null) {
            var a = ctx.assert_stmt();
            return new Stmt.Assert(test(a.test(0)), a.test().size() > 1 ? test(a.test(1)) : null, line, col);
        } else if (ctx.import_name() != null) {
            List<Stmt.Alias> aliases = new ArrayList<>();
            for (Dotted_as_nameContext d : ctx.import_name().dotted_as_name()) {
                aliases.add(new Stmt.Alias(d.dotted_name().getText(), d.NAME() == null ? null : d.NAME().getText()));
            }
            return new Stmt.Import(aliases, line, col);
        } else if (ctx.import_from() != null) {
            return importFrom(ctx.import_from());
        } else {
            return new Stmt.ExprStmt(yieldExpr(ctx.yield_expr()), line, col);
        }
    }

    private static Expr yieldExpr(Yield_exprContext ctx) {
        int line = line(ctx);
        int col = col(ctx);
        if (ctx.test() != null) {
            return new Expr.YieldFrom(test(ctx.test()), line, col);
        }
        return new Expr.Yield(ctx.testlist_star_expr() == null ? null : testListStar(ctx.testlist_star_expr()),
                line, col);
    }

    /** One side of an assignment: an expression list or a yield expression. */
    private static Expr assignPart(ParseTree part) {
        return part instanceof Yield_exprContext y ? yieldExpr(y) : testListStar((Testlist_star_exprContext) part);
    }

    private static Stmt importFrom(Import_fromContext ctx) {
        if (!ctx.relative_dots().getText().isEmpty() || ctx.dotted_name() == null) {
            throw unsupported(ctx, "relative imports are not supported by gilvm");
        }
        if (ctx.import_as_names() == null) {
            throw unsupported(ctx, "'from ... import *' is not supported by gilvm");
        }
        List<Stmt.Alias> aliases = new ArrayList<>();
        for (Import_as_nameContext n : ctx.import_as_names().import_as_name()) {
            aliases.add(new Stmt.Alias(n.NAME(0).getText(), n.NAME().size() > 1 ? n.NAME(1).getText() : null));
        }
        return new Stmt.ImportFrom(ctx.dotted_name().getText(), aliases, line(ctx), col(ctx));
    }

    private static List<String> names(List<TerminalNode> nodes) {
        List<String> out = new ArrayList<>();
        for (TerminalNode n : nodes) {
            out.add(n.getText());
        }
        return out;
    }

    private static Stmt exprStmt(Expr_stmtContext ctx) {
        int line = line(ctx);
        int col = col(ctx);
        if (ctx.annassign() != null) {
            throw unsupported(ctx, "annotated assignments are not supported by gilvm");
        }
        if (ctx.augassign() != null) {
            Expr target = testListStar(ctx.testlist_star_expr(0));
            if (!(target instanceof Expr.Name || target instanceof Expr.Attribute
                    || target instanceof Expr.Subscript)) {
                throw PythonSyntaxError.syntax("'" + describe(target)
                        + "' is an illegal expression for augmented assignment", line, col);
            }
            String symbol = ctx.augassign().getText();
            BinaryOperator op = BinaryOperator.fromSymbol(symbol.substring(0, symbol.length() - 1));
            Expr value = ctx.yield_expr().isEmpty() ? testList(ctx.testlist()) : yieldExpr(ctx.yield_expr(0));
            return new Stmt.AugAssign(target, op, value, line, col);
        }
        List<ParseTree> parts = new ArrayList<>();
        for (ParseTree c : ctx.children) {
            if (c instanceof Testlist_star_exprContext || c instanceof Yield_exprContext) {
                parts.add(c);
            }
        }
        Expr value = assignPart(parts.get(parts.size() - 1));
        if (parts.size() == 1) {
            if (value instanceof Expr.Starred) {
                throw PythonSyntaxError.syntax("can't use starred expression here", line, col);
            }
            return new Stmt.ExprStmt(value, line, col);
        }
        List<Expr> targets = new ArrayList<>();
        for (int i = 0; i < parts.size() - 1; i++) {
            targets.add(checkTarget(assignPart(parts.get(i)), "assign to"));
        }
        return new Stmt.Assign(targets, value, line, col);
    }

    private static Stmt compound(Compound_stmtContext ctx) {
        if (ctx.if_stmt() != null) {
            return ifStmt(ctx.if_stmt(), 0);
        } else if (ctx.while_stmt() != null) {
            var w = ctx.while_stmt();
            return new Stmt.While(namedTest(w.namedexpr_test()), block(w.block(0)),
                    w.block().size() > 1 ? block(w.block(1)) : List.of(), line(w), col(w));
        } else if (ctx.for_stmt() != null) {
            return forStmt(ctx.for_stmt(), false, ctx.for_stmt());
        } else if (ctx.funcdef() != null) {
            return funcDef(ctx.funcdef(), false, ctx.funcdef());
        } else if (ctx.classdef() != null) {
            return classDef(ctx.classdef());
        } else if (ctx.try_stmt() != null) {
            return tryStmt(ctx.try_stmt());
        } else if (ctx.with_stmt() != null) {
            return withStmt(ctx.with_stmt(), false, ctx.with_stmt());
        } else if (ctx.decorated() != null) {
            DecoratedContext d = ctx.decorated();
            List<Expr> decorators = new ArrayList<>();
            for (DecoratorContext dec : d.decorator()) {
                decorators.add(namedTest(dec.namedexpr_test()));
            }
            Stmt definition;
            if (d.async_stmt() != null) {
                Async_stmtContext a = d.async_stmt();
                if (a.funcdef() == null) {
                    throw PythonSyntaxError.syntax("invalid syntax", line(a), col(a));
                }
                definition = funcDef(a.funcdef(), true, a);
            } else {
                definition = d.funcdef() != null ? funcDef(d.funcdef(), false, d.funcdef()) : classDef(d.classdef());
            }
            return new Stmt.Decorated(decorators, definition, line(d), col(d));
        } else {
            // async def, async with, async for: positioned at 'async', as CPython's AST.
            Async_stmtContext a = ctx.async_stmt();
            if (a.funcdef() != null) {
                return funcDef(a.funcdef(), true, a);
            } else if (a.with_stmt() != null) {
                return withStmt(a.with_stmt(), true, a);
            }
            return forStmt(a.for_stmt(), true, a);
        }
    }

    private static Stmt forStmt(For_stmtContext f, boolean isAsync, ParserRuleContext at) {
        Expr target = checkTarget(exprListAsOne(f.exprlist()), "assign to");
        return new Stmt.For(target, testList(f.testlist()), block(f.block(0)),
                f.block().size() > 1 ? block(f.block(1)) : List.of(), isAsync, line(at), col(at));
    }

    private static Stmt withStmt(With_stmtContext w, boolean isAsync, ParserRuleContext at) {
        List<Stmt.WithItem> items = new ArrayList<>();
        for (With_itemContext item : w.with_item()) {
            Expr target = item.expr() == null ? null : checkTarget(expr(item.expr()), "assign to");
            items.add(new Stmt.WithItem(test(item.test()), target));
        }
        return new Stmt.With(items, block(w.block()), isAsync, line(at), col(at));
    }

    /** {@code try}: the blocks come in order: body, one per handler, then else, then finally. */
    private static Stmt tryStmt(Try_stmtContext ctx) {
        List<BlockContext> blocks = ctx.block();
        List<Stmt.Handler> handlers = new ArrayList<>();
        for (int i = 0; i < ctx.except_clause().size(); i++) {
            Except_clauseContext e = ctx.except_clause(i);
            if (e.getChildCount() > 1 && "*".equals(e.getChild(1).getText())) {
                throw unsupported(e, "'except*' is not supported by gilvm");
            }
            handlers.add(new Stmt.Handler(e.test() == null ? null : test(e.test()),
                    e.NAME() == null ? null : e.NAME().getText(), block(blocks.get(i + 1)), line(e), col(e)));
        }
        int next = handlers.size() + 1;
        List<Stmt> orElse = ctx.ELSE() != null ? block(blocks.get(next++)) : List.of();
        List<Stmt> finalBody = ctx.FINALLY() != null ? block(blocks.get(next)) : List.of();
        for (int i = 0; i < handlers.size() - 1; i++) {
            if (handlers.get(i).type() == null) {
                Stmt.Handler bare = handlers.get(i);
                throw PythonSyntaxError.syntax("default 'except:' must be last", bare.line(), bare.col());
            }
        }
        return new Stmt.Try(block(blocks.get(0)), handlers, orElse, finalBody, line(ctx), col(ctx));
    }

    /** {@code if a: ... elif b: ... else: ...} becomes nested If nodes, as in CPython's AST. */
    private static Stmt ifStmt(If_stmtContext ctx, int branch) {
        List<Namedexpr_testContext> tests = ctx.namedexpr_test();
        List<BlockContext> blocks = ctx.block();
        Namedexpr_testContext test = tests.get(branch);
        List<Stmt> orElse;
        if (branch + 1 < tests.size()) {
            orElse = List.of(ifStmt(ctx, branch + 1));
        } else if (blocks.size() > tests.size()) {
            orElse = block(blocks.get(blocks.size() - 1));
        } else {
            orElse = List.of();
        }
        return new Stmt.If(namedTest(test), block(blocks.get(branch)), orElse, line(test), col(branch == 0 ? ctx : test));
    }

    /**
     * {@code def}: positional parameters (defaults last), then optionally {@code *args} or a bare
     * {@code *}, keyword-only parameters (defaults anywhere), and {@code **kwargs} last.
     */
    private static Stmt funcDef(FuncdefContext ctx, boolean isAsync, ParserRuleContext at) {
        if (ctx.test() != null) {
            throw unsupported(ctx.test(), "annotations are not supported by gilvm");
        }
        List<Stmt.Param> params = new ArrayList<>();
        List<Stmt.Param> kwonly = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String varargs = null;
        String kwargs = null;
        boolean sawStar = false;
        boolean sawDefault = false;
        for (ParamContext p : ctx.parameters().param()) {
            if (kwargs != null) {
                throw PythonSyntaxError.syntax("arguments cannot follow var-keyword argument", line(p), col(p));
            }
            if (p instanceof PositionalOnlyMarkerContext) {
                throw unsupported(p, "positional-only parameters ('/') are not supported by gilvm");
            } else if (p instanceof StarParamContext star) {
                if (sawStar) {
                    throw PythonSyntaxError.syntax("* argument may appear only once", line(p), col(p));
                }
                sawStar = true;
                noAnnotation(star.test(), star);
                if (star.NAME() != null) {
                    varargs = parameterName(star.NAME().getText(), names, star);
                }
            } else if (p instanceof DoubleStarParamContext dstar) {
                noAnnotation(dstar.test(), dstar);
                kwargs = parameterName(dstar.NAME().getText(), names, dstar);
            } else {
                PlainParamContext plain = (PlainParamContext) p;
                if (plain.test().size() > 0 && plain.getChild(1) != null && plain.getChild(1).getText().equals(":")) {
                    throw unsupported(plain, "annotations are not supported by gilvm");
                }
                String name = parameterName(plain.NAME().getText(), names, plain);
                Expr defaultValue = plain.test().isEmpty() ? null : test(plain.test(0));
                if (sawStar) {
                    kwonly.add(new Stmt.Param(name, defaultValue, line(plain), col(plain)));
                    continue;
                }
                if (defaultValue == null && sawDefault) {
                    throw PythonSyntaxError.syntax("non-default argument follows default argument", line(plain), col(plain));
                }
                sawDefault |= defaultValue != null;
                params.add(new Stmt.Param(name, defaultValue, line(plain), col(plain)));
            }
        }
        if (sawStar && varargs == null && kwonly.isEmpty()) {
            throw PythonSyntaxError.syntax("named arguments must follow bare *", line(ctx), col(ctx));
        }
        return new Stmt.FunctionDef(ctx.NAME().getText(), params, varargs, kwonly, kwargs, block(ctx.block()),
                isAsync, line(at), col(at));
    }

    private static void noAnnotation(TestContext annotation, ParserRuleContext where) {
        if (annotation != null) {
            throw unsupported(where, "annotations are not supported by gilvm");
        }
    }

    private static String parameterName(String name, List<String> seen, ParserRuleContext where) {
        if (seen.contains(name)) {
            throw PythonSyntaxError.syntax("duplicate argument '" + name + "' in function definition",
                    line(where), col(where));
        }
        seen.add(name);
        return name;
    }

    private static Expr lambda(LambdefContext ctx) {
        List<Stmt.Param> params = new ArrayList<>();
        boolean sawDefault = false;
        if (ctx.lambda_params() != null) {
            for (Lambda_paramContext p : ctx.lambda_params().lambda_param()) {
                if (p.NAME() == null || !p.getChild(0).getText().equals(p.NAME().getText())) {
                    throw unsupported(p, "'*args', '**kwargs' and '/' in lambdas are not supported by gilvm");
                }
                String name = p.NAME().getText();
                for (Stmt.Param seen : params) {
                    if (seen.name().equals(name)) {
                        throw PythonSyntaxError.syntax("duplicate argument '" + name + "' in function definition",
                                line(p), col(p));
                    }
                }
                Expr defaultValue = p.test() == null ? null : test(p.test());
                if (defaultValue == null && sawDefault) {
                    throw PythonSyntaxError.syntax("non-default argument follows default argument", line(p), col(p));
                }
                sawDefault |= defaultValue != null;
                params.add(new Stmt.Param(name, defaultValue, line(p), col(p)));
            }
        }
        return new Expr.Lambda(params, test(ctx.test()), line(ctx), col(ctx));
    }

    private static Stmt classDef(ClassdefContext ctx) {
        List<Expr> bases = new ArrayList<>();
        if (ctx.arglist() != null) {
            for (ArgumentContext a : ctx.arglist().argument()) {
                if (!(a instanceof PositionalArgumentContext pos) || pos.comp_for() != null) {
                    throw unsupported(a, "class keywords and metaclasses are not supported by gilvm");
                }
                bases.add(test(pos.test()));
            }
        }
        if (bases.size() > 1) {
            throw unsupported(ctx, "multiple inheritance is not supported by gilvm");
        }
        return new Stmt.ClassDef(ctx.NAME().getText(), bases, block(ctx.block()), line(ctx), col(ctx));
    }

    // ---------------------------------------------------------------- targets

    /** Checks that {@code e} can be assigned to or deleted, with CPython's wording when it cannot. */
    private static Expr checkTarget(Expr e, String verb) {
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) {
            return e;
        } else if (e instanceof Expr.Starred s && verb.equals("assign to")) {
            checkTarget(s.value(), verb);
        } else if (e instanceof Expr.TupleExpr t) {
            checkTargets(t.elts(), verb);
        } else if (e instanceof Expr.ListExpr l) {
            checkTargets(l.elts(), verb);
        } else {
            throw PythonSyntaxError.syntax("cannot " + verb + " " + describe(e)
                    + (verb.equals("assign to") && isLiteral(e) ? " here. Maybe you meant '==' instead of '='?" : ""),
                    e.line(), e.col());
        }
        return e;
    }

    private static void checkTargets(List<Expr> elts, String verb) {
        int starred = 0;
        for (Expr elt : elts) {
            checkTarget(elt, verb);
            if (elt instanceof Expr.Starred s) {
                if (++starred > 1) {
                    throw PythonSyntaxError.syntax("multiple starred expressions in assignment", s.line(), s.col());
                }
            }
        }
    }

    private static boolean isLiteral(Expr e) {
        return e instanceof Expr.IntConst || e instanceof Expr.FloatConst || e instanceof Expr.StrConst
                || e instanceof Expr.BytesConst || e instanceof Expr.Singleton;
    }

    /** How CPython names an expression in "cannot assign to ..." messages. */
    private static String describe(Expr e) {
        if (e instanceof Expr.Call) {
            return "function call";
        } else if (e instanceof Expr.Singleton s) {
            return s.kind() == Expr.Singleton.Kind.NONE ? "None" : s.kind() == Expr.Singleton.Kind.TRUE ? "True" : "False";
        } else if (isLiteral(e)) {
            return "literal";
        } else if (e instanceof Expr.Compare) {
            return "comparison";
        } else if (e instanceof Expr.IfExp) {
            return "conditional expression";
        } else if (e instanceof Expr.DictExpr) {
            return "dict literal";
        } else if (e instanceof Expr.SetExpr) {
            return "set display";
        } else if (e instanceof Expr.Starred) {
            return "starred";
        } else if (e instanceof Expr.TupleExpr) {
            return "tuple";
        } else if (e instanceof Expr.ListExpr) {
            return "list";
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            return "yield expression";
        } else if (e instanceof Expr.Await) {
            return "await expression";
        } else if (e instanceof Expr.Comp c && c.kind().equals("genexpr")) {
            return "generator expression";
        }
        return "expression";
    }

    // ---------------------------------------------------------------- expressions

    private static Expr testListStar(Testlist_star_exprContext ctx) {
        return tupleOrSingle(ctx, ctx.children);
    }

    private static Expr testList(TestlistContext ctx) {
        return tupleOrSingle(ctx, ctx.children);
    }

    private static List<Expr> exprList(ExprlistContext ctx) {
        List<Expr> out = new ArrayList<>();
        for (ParseTree c : ctx.children) {
            if (c instanceof ParserRuleContext r) {
                out.add(anyExpr(r));
            }
        }
        return out;
    }

    private static Expr exprListAsOne(ExprlistContext ctx) {
        return tupleOrSingle(ctx, ctx.children);
    }

    /** {@code a, b} is a tuple; {@code a} alone is itself; {@code a,} is a one-tuple. */
    private static Expr tupleOrSingle(ParserRuleContext ctx, List<ParseTree> children) {
        List<Expr> elts = new ArrayList<>();
        boolean sawComma = false;
        for (ParseTree c : children) {
            if (c instanceof ParserRuleContext r) {
                elts.add(anyExpr(r));
            } else {
                sawComma = true;
            }
        }
        if (elts.size() == 1 && !sawComma) {
            return elts.get(0);
        }
        return new Expr.TupleExpr(elts, line(ctx), col(ctx));
    }

    private static Expr anyExpr(ParserRuleContext r) {
        if (r instanceof TestContext t) {
            return test(t);
        } else if (r instanceof Star_exprContext s) {
            return new Expr.Starred(expr(s.expr()), line(s), col(s));
        } else if (r instanceof ExprContext e) {
            return expr(e);
        } else if (r instanceof Namedexpr_testContext n) {
            return namedTest(n);
        }
        throw new IllegalStateException("unexpected " + r.getClass().getSimpleName());
    }

    private static Expr namedTest(Namedexpr_testContext ctx) {
        if (ctx.test().size() > 1) {
            throw unsupported(ctx, "assignment expressions (':=') are not supported by gilvm");
        }
        return test(ctx.test(0));
    }

    private static Expr test(TestContext ctx) {
        if (ctx.lambdef() != null) {
            return lambda(ctx.lambdef());
        }
        Expr body = orTest(ctx.or_test(0));
        if (ctx.or_test().size() == 1) {
            return body;
        }
        return new Expr.IfExp(orTest(ctx.or_test(1)), body, test(ctx.test()), line(ctx), col(ctx));
    }

    private static Expr orTest(Or_testContext ctx) {
        if (ctx.and_test().size() == 1) {
            return andTest(ctx.and_test(0));
        }
        List<Expr> values = new ArrayList<>();
        for (And_testContext a : ctx.and_test()) {
            values.add(andTest(a));
        }
        return new Expr.BoolOp(false, values, line(ctx), col(ctx));
    }

    private static Expr andTest(And_testContext ctx) {
        if (ctx.not_test().size() == 1) {
            return notTest(ctx.not_test(0));
        }
        List<Expr> values = new ArrayList<>();
        for (Not_testContext n : ctx.not_test()) {
            values.add(notTest(n));
        }
        return new Expr.BoolOp(true, values, line(ctx), col(ctx));
    }

    private static Expr notTest(Not_testContext ctx) {
        if (ctx.not_test() != null) {
            return new Expr.UnaryOp(UnaryOperator.NOT, notTest(ctx.not_test()), line(ctx), col(ctx));
        }
        return comparison(ctx.comparison());
    }

    private static Expr comparison(ComparisonContext ctx) {
        Expr left = expr(ctx.expr(0));
        if (ctx.comp_op().isEmpty()) {
            return left;
        }
        List<CompareOperator> ops = new ArrayList<>();
        List<Expr> rights = new ArrayList<>();
        for (int i = 0; i < ctx.comp_op().size(); i++) {
            ops.add(compareOp(ctx.comp_op(i)));
            rights.add(expr(ctx.expr(i + 1)));
        }
        return new Expr.Compare(left, ops, rights, line(ctx), col(ctx));
    }

    private static CompareOperator compareOp(Comp_opContext ctx) {
        String text = ctx.getChildCount() == 2 ? ctx.getChild(0).getText() + " " + ctx.getChild(1).getText()
                : ctx.getText();
        for (CompareOperator op : CompareOperator.values()) {
            if (op.symbol().equals(text)) {
                return op;
            }
        }
        throw new IllegalStateException(text);
    }

    private static Expr expr(ExprContext ctx) {
        return leftAssociative(ctx, ctx.children);
    }

    /** Folds {@code a op b op c} into {@code (a op b) op c} for every binary-operator level. */
    private static Expr leftAssociative(ParserRuleContext ctx, List<ParseTree> children) {
        Expr result = operand((ParserRuleContext) children.get(0));
        for (int i = 1; i + 1 < children.size(); i += 2) {
            ParseTree opNode = children.get(i);
            ParserRuleContext rightCtx = (ParserRuleContext) children.get(i + 1);
            BinaryOperator op = BinaryOperator.fromSymbol(opNode.getText());
            result = new Expr.BinOp(result, op, operand(rightCtx), line(ctx), col(ctx));
        }
        return result;
    }

    private static Expr operand(ParserRuleContext ctx) {
        if (ctx instanceof FactorContext f) {
            return factor(f);
        } else if (ctx instanceof TermContext t) {
            return checkMatMul(leftAssociative(t, t.children), t);
        }
        return leftAssociative(ctx, ctx.children); // xor, and, shift and arith levels
    }

    private static Expr checkMatMul(Expr e, ParserRuleContext ctx) {
        if (e instanceof Expr.BinOp b && b.op() == BinaryOperator.MATRIX_MULTIPLY) {
            throw unsupported(ctx, "the '@' operator is not supported by gilvm");
        }
        return e;
    }

    private static Expr factor(FactorContext ctx) {
        if (ctx.power() != null) {
            return power(ctx.power());
        }
        UnaryOperator op = switch (ctx.unary_op().getText()) {
            case "-" -> UnaryOperator.NEGATIVE;
            case "+" -> UnaryOperator.POSITIVE;
            default -> UnaryOperator.INVERT;
        };
        return new Expr.UnaryOp(op, factor(ctx.factor()), line(ctx), col(ctx));
    }

    private static Expr power(PowerContext ctx) {
        Expr base = atomExpr(ctx.atom_expr());
        if (ctx.factor() == null) {
            return base;
        }
        return new Expr.BinOp(base, BinaryOperator.POWER, factor(ctx.factor()), line(ctx), col(ctx));
    }

    private static Expr atomExpr(Atom_exprContext ctx) {
        Expr result = atom(ctx.atom());
        for (TrailerContext t : ctx.trailer()) {
            result = trailer(result, t);
        }
        return ctx.AWAIT() != null ? new Expr.Await(result, line(ctx), col(ctx)) : result;
    }

    private static Expr trailer(Expr target, TrailerContext ctx) {
        int line = target.line();
        int col = target.col();
        if (ctx instanceof AttributeTrailerContext a) {
            return new Expr.Attribute(target, a.NAME().getText(), line, col);
        } else if (ctx instanceof CallTrailerContext c) {
            return call(target, c.arglist(), line, col);
        }
        return new Expr.Subscript(target, subscriptList(((SubscriptTrailerContext) ctx).subscriptlist()), line, col);
    }

    private static Expr call(Expr func, ArglistContext args, int line, int col) {
        List<Expr> positional = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        if (args != null) {
            for (ArgumentContext a : args.argument()) {
                if (a instanceof PositionalArgumentContext p) {
                    if (p.comp_for() != null) {
                        if (args.argument().size() > 1) {
                            throw PythonSyntaxError.syntax("Generator expression must be parenthesized", line(p), col(p));
                        }
                        positional.add(new Expr.Comp("genexpr", test(p.test()), null, generators(p.comp_for()),
                                line(p), col(p)));
                        continue;
                    }
                    if (!keywords.isEmpty()) {
                        throw PythonSyntaxError.syntax(keywords.stream().anyMatch(k -> k.name() == null)
                                ? "positional argument follows keyword argument unpacking"
                                : "positional argument follows keyword argument", line(p), col(p));
                    }
                    positional.add(test(p.test()));
                } else if (a instanceof KeywordArgumentContext k) {
                    String name = k.NAME().getText();
                    for (Expr.Keyword seen : keywords) {
                        if (name.equals(seen.name())) {
                            throw PythonSyntaxError.syntax("keyword argument repeated: " + name, line(k), col(k));
                        }
                    }
                    keywords.add(new Expr.Keyword(name, test(k.test())));
                } else if (a instanceof StarArgumentContext star) {
                    if (keywords.stream().anyMatch(k -> k.name() == null)) {
                        throw PythonSyntaxError.syntax(
                                "iterable argument unpacking follows keyword argument unpacking", line(star), col(star));
                    }
                    positional.add(new Expr.Starred(test(star.test()), line(star), col(star)));
                } else if (a instanceof DoubleStarArgumentContext dstar) {
                    keywords.add(new Expr.Keyword(null, test(dstar.test())));
                } else {
                    throw unsupported(a, "assignment expressions (':=') are not supported by gilvm");
                }
            }
        }
        return new Expr.Call(func, positional, keywords, line, col);
    }

    private static Expr subscriptList(SubscriptlistContext ctx) {
        List<Expr> items = new ArrayList<>();
        for (SubscriptContext s : ctx.subscript()) {
            items.add(subscript(s));
        }
        boolean trailingComma = ctx.getChildCount() > 1;
        return items.size() == 1 && !trailingComma ? items.get(0) : new Expr.TupleExpr(items, line(ctx), col(ctx));
    }

    private static Expr subscript(SubscriptContext ctx) {
        if (ctx instanceof IndexSubscriptContext i) {
            return test(i.test());
        } else if (ctx instanceof SliceSubscriptContext s) {
            return slice(s);
        }
        throw unsupported(ctx, "'*' in subscripts is not supported by gilvm");
    }

    /** {@code lower:upper:step} with any part missing: the position of each test follows the colons. */
    private static Expr slice(SliceSubscriptContext ctx) {
        Expr[] parts = new Expr[3];
        int part = 0;
        for (ParseTree c : ctx.children) {
            if (c instanceof TestContext t) {
                parts[part] = test(t);
            } else {
                part++;
            }
        }
        return new Expr.Slice(parts[0], parts[1], parts[2], line(ctx), col(ctx));
    }

    private static Expr atom(AtomContext ctx) {
        int line = line(ctx);
        int col = col(ctx);
        if (ctx instanceof NameAtomContext n) {
            return new Expr.Name(n.NAME().getText(), line, col);
        } else if (ctx instanceof IntAtomContext i) {
            return new Expr.IntConst(Literals.parseInt(i.INTEGER().getText()), line, col);
        } else if (ctx instanceof FloatAtomContext f) {
            return new Expr.FloatConst(Literals.parseFloat(f.FLOAT_NUMBER().getText()), line, col);
        } else if (ctx instanceof StringAtomContext s) {
            return strings(s);
        } else if (ctx instanceof NoneAtomContext) {
            return new Expr.Singleton(Expr.Singleton.Kind.NONE, line, col);
        } else if (ctx instanceof TrueAtomContext) {
            return new Expr.Singleton(Expr.Singleton.Kind.TRUE, line, col);
        } else if (ctx instanceof FalseAtomContext) {
            return new Expr.Singleton(Expr.Singleton.Kind.FALSE, line, col);
        } else if (ctx instanceof ParenAtomContext p) {
            return paren(p);
        } else if (ctx instanceof ListAtomContext l) {
            if (l.testlist_comp() != null && l.testlist_comp().comp_for() != null) {
                Testlist_compContext t = l.testlist_comp();
                return new Expr.Comp("listcomp", compElement(t.getChild(0)), null, generators(t.comp_for()), line, col);
            }
            return new Expr.ListExpr(l.testlist_comp() == null ? List.of() : displayItems(l.testlist_comp()), line, col);
        } else if (ctx instanceof BraceAtomContext b) {
            return brace(b);
        } else if (ctx instanceof ImagAtomContext) {
            throw unsupported(ctx, "complex numbers are not supported by gilvm");
        }
        throw unsupported(ctx, "'...' (Ellipsis) is not supported by gilvm");
    }

    private static Expr paren(ParenAtomContext ctx) {
        if (ctx.yield_expr() != null) {
            return yieldExpr(ctx.yield_expr());
        }
        if (ctx.testlist_comp() == null) {
            return new Expr.TupleExpr(List.of(), line(ctx), col(ctx));
        }
        if (ctx.testlist_comp().comp_for() != null) {
            Testlist_compContext t = ctx.testlist_comp();
            return new Expr.Comp("genexpr", compElement(t.getChild(0)), null, generators(t.comp_for()), line(ctx), col(ctx));
        }
        Testlist_compContext items = ctx.testlist_comp();
        List<Expr> elts = displayItems(items);
        boolean sawComma = items.getChildCount() > 1;
        if (elts.size() == 1 && !sawComma) {
            Expr only = elts.get(0);
            if (only instanceof Expr.Starred) {
                throw PythonSyntaxError.syntax("cannot use starred expression here", only.line(), only.col());
            }
            return only;
        }
        return new Expr.TupleExpr(elts, line(ctx), col(ctx));
    }

    private static List<Expr> displayItems(Testlist_compContext ctx) {
        if (ctx.comp_for() != null) {
            throw unsupported(ctx, "generator expressions are not supported by gilvm");
        }
        List<Expr> out = new ArrayList<>();
        for (ParseTree c : ctx.children) {
            if (c instanceof ParserRuleContext r) {
                out.add(anyExpr(r));
            }
        }
        return out;
    }

    private static Expr brace(BraceAtomContext ctx) {
        int line = line(ctx);
        int col = col(ctx);
        DictorsetmakerContext maker = ctx.dictorsetmaker();
        if (maker == null) {
            return new Expr.DictExpr(List.of(), List.of(), line, col);
        }
        if (maker instanceof DictMakerContext dict) {
            if (dict.comp_for() != null) {
                Dict_itemContext item = dict.dict_item(0);
                if (item.expr() != null) {
                    throw unsupported(item, "'**' in dict displays is not supported by gilvm");
                }
                return new Expr.Comp("dictcomp", test(item.test(0)), test(item.test(1)), generators(dict.comp_for()),
                        line, col);
            }
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            for (Dict_itemContext item : dict.dict_item()) {
                if (item.expr() != null) {
                    throw unsupported(item, "'**' in dict displays is not supported by gilvm");
                }
                keys.add(test(item.test(0)));
                values.add(test(item.test(1)));
            }
            return new Expr.DictExpr(keys, values, line, col);
        }
        SetMakerContext set = (SetMakerContext) maker;
        if (set.comp_for() != null) {
            return new Expr.Comp("setcomp", compElement(set.getChild(0)), null, generators(set.comp_for()), line, col);
        }
        List<Expr> elts = new ArrayList<>();
        for (ParseTree c : set.children) {
            if (c instanceof ParserRuleContext r) {
                elts.add(anyExpr(r));
            }
        }
        return new Expr.SetExpr(elts, line, col);
    }

    private static Expr compElement(ParseTree first) {
        if (first instanceof Star_exprContext s) {
            throw PythonSyntaxError.syntax("iterable unpacking cannot be used in comprehension", line(s), col(s));
        }
        return anyExpr((ParserRuleContext) first);
    }

    /** The chain of {@code for}/{@code if} clauses; each {@code if} belongs to the {@code for} before it. */
    private static List<Expr.Comprehension> generators(Comp_forContext first) {
        List<Expr.Comprehension> out = new ArrayList<>();
        Comp_forContext f = first;
        while (f != null) {
            boolean isAsync = f.getChild(0).getText().equals("async");
            Expr target = checkTarget(exprListAsOne(f.exprlist()), "assign to");
            Expr iter = orTest(f.or_test());
            List<Expr> ifs = new ArrayList<>();
            Comp_iterContext next = f.comp_iter();
            f = null;
            while (next != null) {
                if (next.comp_for() != null) {
                    f = next.comp_for();
                    break;
                }
                Comp_ifContext cond = next.comp_if();
                ifs.add(testNoCond(cond.test_nocond()));
                next = cond.comp_iter();
            }
            out.add(new Expr.Comprehension(target, iter, ifs, isAsync));
        }
        return out;
    }

    private static Expr testNoCond(Test_nocondContext ctx) {
        if (ctx.lambdef_nocond() != null) {
            throw unsupported(ctx, "'lambda' in a comprehension condition is not supported by gilvm");
        }
        return orTest(ctx.or_test());
    }

    /**
     * Adjacent literals concatenate; with an f-string among them, the result is one JoinedStr.
     * Bytes literals join only each other: CPython refuses a mix with str or f-string literals.
     */
    private static Expr strings(StringAtomContext ctx) {
        int bytesPieces = 0;
        for (TerminalNode piece : ctx.STRING()) {
            bytesPieces += Literals.isBytes(piece.getSymbol()) ? 1 : 0;
        }
        if (bytesPieces > 0) {
            if (bytesPieces < ctx.STRING().size()) {
                // CPython points past the last literal of the group.
                int[] end = Literals.endOf(ctx.STRING(ctx.STRING().size() - 1).getSymbol());
                throw PythonSyntaxError.syntax("cannot mix bytes and nonbytes literals", end[0], end[1]);
            }
            java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
            for (TerminalNode piece : ctx.STRING()) {
                joined.writeBytes(Literals.parseBytes(piece.getSymbol()));
            }
            return new Expr.BytesConst(joined.toByteArray(), line(ctx), col(ctx));
        }
        List<Expr> parts = new ArrayList<>();
        boolean joined = false;
        StringBuilder literal = new StringBuilder();
        for (TerminalNode piece : ctx.STRING()) {
            if (Literals.isFString(piece.getSymbol())) {
                joined = true;
                for (Expr part : Literals.fstringParts(piece.getSymbol())) {
                    if (part instanceof Expr.StrConst s) {
                        literal.append(s.value());
                    } else {
                        if (literal.length() > 0) {
                            parts.add(new Expr.StrConst(literal.toString(), line(ctx), col(ctx)));
                            literal.setLength(0);
                        }
                        parts.add(part);
                    }
                }
            } else {
                literal.append(Literals.parseString(piece.getSymbol()));
            }
        }
        if (!joined) {
            return new Expr.StrConst(literal.toString(), line(ctx), col(ctx));
        }
        if (literal.length() > 0) {
            parts.add(new Expr.StrConst(literal.toString(), line(ctx), col(ctx)));
        }
        return new Expr.JoinedStr(parts, line(ctx), col(ctx));
    }

    // ---------------------------------------------------------------- helpers

    static PythonSyntaxError unsupported(ParserRuleContext ctx, String message) {
        return PythonSyntaxError.syntax(message, line(ctx), col(ctx));
    }

    private static int line(ParserRuleContext ctx) {
        return ctx.getStart().getLine();
    }

    private static int col(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        return start.getCharPositionInLine() + 1;
    }
}
