package org.gilvm.properties;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Random programs that make, share, store, drop and cycle objects, for {@link RefcountProperties}:
 * <ul>
 * <li>lists, dicts, tuples, sets, attributes, {@code sys.getrefcount}, {@code gc.collect()} and
 *     objects that come back to life in {@code __del__};
 * <li>{@code try}/{@code except} (a class, a tuple of classes, bare, {@code as e})/{@code else}/
 *     {@code finally}, with exceptions that carry objects: {@code raise}, bare {@code raise},
 *     {@code raise X from Y}, exceptions out of calls, the program's exception classes (one with an
 *     {@code __init__} that keeps a second object, and {@code __str__}), {@code e.args},
 *     {@code str(e)}, {@code e.args[0]} kept or dropped;
 * <li>{@code with} over one or two context managers that hold, hand out and drop objects and
 *     sometimes swallow the exception;
 * <li>{@code for} loops with {@code break}, {@code continue} and {@code return} through
 *     {@code finally} and {@code with};
 * <li>generator expressions, and a generator function ({@code walk}, with a {@code finally}) run
 *     to its end or dropped after its first item (closed at its {@code yield}); the same with an
 *     async generator ({@code awalk}) under a coroutine that a small driver runs with
 *     {@code send(None)}: an asynchronous comprehension, or an {@code async for} that returns
 *     its first item;
 * <li>list, dict and set comprehensions (nested {@code for}, {@code if}), lambdas ({@code sorted},
 *     {@code min}, {@code max}, {@code map}, {@code filter}, closures over locals and parameters);
 * <li>functions that take their parameters positionally, keyword-only, as {@code *rest} or as
 *     {@code **kw}, called with keywords, {@code *} and {@code **} unpacking, or through
 *     {@code call(fn, *args, **kwargs)};
 * <li>a class {@code Box} with {@code __eq__}, {@code __lt__}, {@code __hash__}, {@code __len__},
 *     {@code __getitem__}, {@code __setitem__}, {@code __contains__}, {@code __iter__} (a
 *     {@code Walk} iterator with {@code __next__}), {@code __call__}, {@code __add__},
 *     {@code __str__}, {@code __repr__}, a property with a setter, a staticmethod and a
 *     classmethod with {@code *items} and {@code **extra}, in sets and as dict keys;
 * <li>f-strings with conversions, format specs and {@code =}.
 * </ul>
 *
 * <p>How it works. jqwik generates raw steps (an operation and four small numbers); a small
 * abstract interpreter then turns them, in order, into statements that are valid where they
 * stand: it knows which names are bound, to what kind of object, which attributes each instance
 * has, which exception is being handled and where control goes, so every program runs without an
 * uncaught exception. A step that does not fit (an append when no list exists) makes the object it
 * needed instead. A compound step ({@code try}, {@code with}, {@code for}) takes the steps after it
 * as its blocks. Because the raw steps are what jqwik shrinks, and they are interpreted again after
 * every shrink, a shrunk program is still valid and is short.
 *
 * <p>The model is exact, not a guess: control flow is fixed when the program is generated (every
 * {@code raise} is unconditional, every {@code break} tests the loop counter), so the model runs
 * the program ({@link #exec}) the way Python will. A loop body is generated for its first pass and
 * then run by the model for the others; the loop gets as many passes as stay valid. A call is run
 * by the model with its real arguments before it is emitted. When the whole program is generated
 * the model runs it once more from the start, and a generator bug fails loudly there.
 *
 * <p>Every instance of {@code Obj} (and of its subclasses {@code Box} and {@code CM}) gets a unique
 * id: literals at module level, {@code n + j} in a function, where every call site passes its own
 * {@code n} (a multiple of 1000); inside a loop {@code i +} is added, where {@code i} counts in
 * steps of 1000000 at module level and 100000 in a function. Its {@code __init__} prints "new id",
 * its {@code __del__} "del id"; an instance whose {@code keep} is set comes back to life in
 * {@code __del__} (into the global list {@code graveyard}), so resurrection, and dying a second time
 * without a second {@code __del__}, are covered too.
 *
 * <p>What CPython 3.11 does differently, by design, and the programs therefore avoid:
 * <ul>
 * <li>An exception is never stored beyond its handler: in CPython a stored exception is in a
 *     cycle with the frame its traceback holds, which only the collector frees. Only
 *     {@code e.args[0]} is kept.
 * <li>Instances of {@code Obj} hash by address, so a set of them iterates (and is freed) in a
 *     different order; sets hold only ints and {@code Box}es (which hash by their id).
 * <li>No program reads {@code obj.__dict__}: in CPython that makes the instance's dict a separate
 *     object, tracked by the collector from then on, which can change the order of {@code __del__}
 *     in a later collection; gilvm's {@code __dict__} is a copy (docs/refcounting.md).
 * </ul>
 *
 * <p>The programs start their statements with {@code gc.disable()} and a {@code gc.collect()}: only
 * the program's own collections run before the end marker, in CPython (whose allocation counts
 * differ from gilvm's) as in gilvm.
 */
final class RefcountPrograms {
    private RefcountPrograms() { }

    static final String END_MARKER = "--- end ---";
    static final String COLLECT_START = "collect {";
    static final String COLLECT_END = "}";

    /** Deepest nesting of compound statements. */
    private static final int MAX_DEPTH = 3;

    /** What one raw step asks for; the interpreter may replace it by a make when it does not fit. */
    enum Op {
        NEW_LIST, NEW_DICT, NEW_OBJ, TUPLE, LIST2, BIND, NONE, DEL,
        APPEND, POP, SETITEM0, DELITEM0, LCLEAR, SELF_APPEND, ITER,
        DSET, DSET2, SELF_DSET, DPOP, DGET, DCLEAR,
        SETATTR, SETATTR2, DELATTR, GETATTR, CYCLE,
        CALL, GC, REFCOUNT, KEEP, BURY, PRINT, PEEK,
        // compound statements
        TRY, WITH, LOOP,
        // exceptions
        RAISE, THROW, RERAISE, EXC_ARG,
        // control flow
        BREAK, CONTINUE, RETURN,
        // comprehensions and lambdas
        LISTCOMP, DICTCOMP, SETCOMP, SORTED, MAPPED, FILTERED,
        // special methods
        NEW_BOX, BOX_CALL, BOX_GET, BOX_SET, SET_OP, BOX_KEY, NEW_CM,
        // only in resolved statements
        PASS, SIMPLE
    }

    /** What the model knows of an object a name is bound to. */
    enum Kind { LIST, DICT, OBJ, TUPLE, NONE, ANY, BOX, CM, SET, EXC }

    record Step(Op op, int a, int b, int c, int d) { }

    /**
     * A function: its parameters' kinds, its body, how it ends, and how its signature takes the
     * parameters after the first ({@link #SIGNATURES}).
     */
    record FunRaw(List<Kind> params, List<Step> body, int ret, int retPick, int signature) { }

    record Raw(List<FunRaw> funs, List<Step> main, boolean tearDown) { }

    /** A rendered program; its {@code toString} is the source, so jqwik reports it readably. */
    record Program(String source, int statements) {
        @Override
        public String toString() {
            return "\n" + source;
        }
    }

    // ------------------------------------------------------------------ generation

    /** Programs that tear their globals down before the end marker, or not (half and half). */
    static Arbitrary<Program> programs() {
        return raw().map(r -> render(r, false));
    }

    /**
     * Programs to compare with CPython: they always tear their globals down before the end marker
     * (so every object dies where CPython fixes the order), and every {@code gc.collect()} after the
     * first is rendered between {@code print("collect {")} and {@code print("}")}, so a test can
     * find what each collection printed.
     */
    static Arbitrary<Program> comparablePrograms() {
        return raw().map(r -> render(new Raw(r.funs(), r.main(), true), true));
    }

    static Arbitrary<Raw> raw() {
        Arbitrary<List<FunRaw>> funs = funRaw().list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<List<Step>> main = step().list().ofMinSize(1).ofMaxSize(40)
                .withSizeDistribution(RandomDistribution.uniform());
        return Combinators.combine(funs, main, Arbitraries.of(false, true)).as(Raw::new);
    }

    private static Arbitrary<FunRaw> funRaw() {
        Arbitrary<List<Kind>> params = Arbitraries.of(Kind.ANY, Kind.LIST, Kind.DICT, Kind.OBJ, Kind.BOX).list()
                .ofMinSize(1).ofMaxSize(3);
        Arbitrary<List<Step>> body = step().list().ofMinSize(1).ofMaxSize(8)
                .withSizeDistribution(RandomDistribution.uniform());
        return Combinators.combine(params, body, Arbitraries.integers().between(0, RetKind.values().length - 1),
                Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, SIGNATURES - 1))
                .as(FunRaw::new);
    }

    private static Arbitrary<Step> step() {
        Arbitrary<Op> op = Arbitraries.frequency(
                // make, bind, drop
                Tuple.of(8, Op.NEW_OBJ), Tuple.of(6, Op.NEW_LIST), Tuple.of(4, Op.NEW_DICT), Tuple.of(3, Op.TUPLE),
                Tuple.of(3, Op.LIST2), Tuple.of(5, Op.BIND), Tuple.of(3, Op.NONE), Tuple.of(4, Op.DEL),
                // lists
                Tuple.of(6, Op.APPEND), Tuple.of(3, Op.POP), Tuple.of(3, Op.SETITEM0), Tuple.of(3, Op.DELITEM0),
                Tuple.of(2, Op.LCLEAR), Tuple.of(2, Op.SELF_APPEND), Tuple.of(2, Op.ITER),
                // dicts
                Tuple.of(5, Op.DSET), Tuple.of(3, Op.DSET2), Tuple.of(2, Op.SELF_DSET), Tuple.of(3, Op.DPOP),
                Tuple.of(2, Op.DGET), Tuple.of(2, Op.DCLEAR),
                // attributes and cycles
                Tuple.of(6, Op.SETATTR), Tuple.of(3, Op.SETATTR2), Tuple.of(3, Op.DELATTR), Tuple.of(2, Op.GETATTR),
                Tuple.of(5, Op.CYCLE),
                // calls, the collector, counts, resurrection, printing
                Tuple.of(16, Op.CALL), Tuple.of(4, Op.GC), Tuple.of(4, Op.REFCOUNT), Tuple.of(3, Op.KEEP),
                Tuple.of(2, Op.BURY), Tuple.of(2, Op.PRINT), Tuple.of(1, Op.PEEK),
                // try, with, for; raising and handling; break, continue, return
                Tuple.of(10, Op.TRY), Tuple.of(6, Op.WITH), Tuple.of(4, Op.LOOP),
                Tuple.of(5, Op.RAISE), Tuple.of(3, Op.THROW), Tuple.of(4, Op.RERAISE), Tuple.of(6, Op.EXC_ARG),
                Tuple.of(3, Op.BREAK), Tuple.of(3, Op.CONTINUE), Tuple.of(3, Op.RETURN),
                // comprehensions and lambdas
                Tuple.of(4, Op.LISTCOMP), Tuple.of(3, Op.DICTCOMP), Tuple.of(3, Op.SETCOMP), Tuple.of(3, Op.SORTED),
                Tuple.of(2, Op.MAPPED), Tuple.of(2, Op.FILTERED),
                // special methods
                Tuple.of(5, Op.NEW_BOX), Tuple.of(4, Op.BOX_CALL), Tuple.of(5, Op.BOX_GET), Tuple.of(5, Op.SET_OP),
                Tuple.of(5, Op.BOX_SET), Tuple.of(2, Op.BOX_KEY), Tuple.of(3, Op.NEW_CM));
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 99);
        return Combinators.combine(op, n, n, n, n).as(Step::new);
    }

    // ------------------------------------------------------------------ the model

    /** An object as the model sees it: its kind and, for instances, its attributes. */
    static final class MObj {
        final Kind kind;
        final Map<String, MObj> attrs = new LinkedHashMap<>();
        /** An exception's class. */
        String exc;
        /** An exception's {@code args[0]}, or null when it has no arguments. */
        MObj payload;
        /** A context manager's {@code swallow}. */
        boolean swallow;
        /** A context manager's {@code give} (what its {@code __enter__} returns), or null. */
        MObj give;

        MObj(Kind kind) {
            this.kind = kind;
        }
    }

    private static final MObj NONE_OBJ = new MObj(Kind.NONE);

    private static final Set<Kind> ANY_VALUE = EnumSet.noneOf(Kind.class); // every kind but EXC
    private static final Set<Kind> LISTS = EnumSet.of(Kind.LIST);
    private static final Set<Kind> DICTS = EnumSet.of(Kind.DICT);
    private static final Set<Kind> OBJLIKE = EnumSet.of(Kind.OBJ, Kind.BOX, Kind.CM);
    private static final Set<Kind> BOXES = EnumSet.of(Kind.BOX);
    private static final Set<Kind> CMS = EnumSet.of(Kind.CM);
    private static final Set<Kind> SETS = EnumSet.of(Kind.SET);
    private static final Set<Kind> EXCS = EnumSet.of(Kind.EXC);
    private static final Set<Kind> ITERABLE = EnumSet.of(Kind.LIST, Kind.DICT, Kind.TUPLE, Kind.BOX, Kind.SET);
    /** What a comprehension goes over without {@code .values()}. */
    private static final Set<Kind> SEQUENCES = EnumSet.of(Kind.LIST, Kind.TUPLE, Kind.BOX, Kind.SET);
    private static final Set<Kind> COUNTED = EnumSet.of(Kind.LIST, Kind.DICT, Kind.OBJ, Kind.BOX, Kind.CM, Kind.SET);

    /** The state of one scope: its names, the exceptions being handled (innermost first), the loop pass. */
    static final class Env {
        final Map<String, MObj> vars = new LinkedHashMap<>();
        final ArrayDeque<MObj> handled = new ArrayDeque<>();
        int pass;

        /** A deep copy (aliasing kept), to try statements on without touching this one. */
        Env copy() {
            Map<MObj, MObj> map = new IdentityHashMap<>();
            Env e = new Env();
            e.pass = pass;
            vars.forEach((k, v) -> e.vars.put(k, copy(v, map)));
            for (MObj h : handled) {
                e.handled.addLast(copy(h, map));
            }
            return e;
        }

        private static MObj copy(MObj o, Map<MObj, MObj> map) {
            if (o == null || o == NONE_OBJ) {
                return o;
            }
            MObj c = map.get(o);
            if (c != null) {
                return c;
            }
            c = new MObj(o.kind);
            map.put(o, c);
            c.exc = o.exc;
            c.swallow = o.swallow;
            c.payload = copy(o.payload, map);
            c.give = copy(o.give, map);
            for (Map.Entry<String, MObj> e : o.attrs.entrySet()) {
                c.attrs.put(e.getKey(), copy(e.getValue(), map));
            }
            return c;
        }
    }

    enum Flow { NORMAL, BREAK, CONTINUE, RETURN, RAISE }

    /** How a statement ended: normally, or with a jump carrying a returned value or a raised exception. */
    record Outcome(Flow flow, MObj value) {
        static final Outcome NORMAL = new Outcome(Flow.NORMAL, null);

        boolean normal() {
            return flow == Flow.NORMAL;
        }
    }

    /** A statement the model finds invalid where it stands (it would raise, or reads an unbound name). */
    static final class Invalid extends RuntimeException {
        Invalid(String what) {
            super(what, null, false, false);
        }
    }

    /** A name a simple statement reads, and the kinds it may have (empty: any value). */
    record Need(String name, Set<Kind> kinds) { }

    record Handler(String spec, String name, List<Stmt> body) { }

    /** One context manager of a {@code with}: an existing one by name, or {@code CM(idExpr, give, swallow)}. */
    record Item(String name, String idExpr, String give, boolean swallow, String as) { }

    /**
     * One statement, resolved: the names it uses are bound to objects of the right kind where it
     * stands. {@code t} is the name it binds or the object it changes (or null); {@code x} and
     * {@code y} what it reads: a name, or for a stored value an {@code Obj(...)} expression.
     * {@link Op#SIMPLE} statements carry their text and what they read and bind; compound ones
     * their blocks.
     */
    static final class Stmt {
        final Op op;
        String t;
        String x;
        String y;
        String key;
        int id;
        boolean flag;
        Fun fun;
        List<String> args = List.of();
        List<String> lines;
        List<Need> needs;
        Kind bindKind;
        String bindFrom;
        List<Stmt> body;
        List<Handler> handlers;
        List<Stmt> orelse;
        List<Stmt> fin;
        List<Item> items;
        int count;
        int stride;
        /** An {@code Oops} exception's {@code note} (an expression), or null. */
        String note;

        Stmt(Op op) {
            this.op = op;
        }

        static Stmt of(Op op, String t, String x, String y, String key, int id) {
            Stmt s = new Stmt(op);
            s.t = t;
            s.x = x;
            s.y = y;
            s.key = key;
            s.id = id;
            return s;
        }

        /** {@code text}, reading {@code needs}; binds {@code t} (if not null) to a new {@code kind}. */
        static Stmt simple(String t, Kind kind, String bindFrom, List<Need> needs, String... text) {
            Stmt s = new Stmt(Op.SIMPLE);
            s.t = t;
            s.bindKind = kind;
            s.bindFrom = bindFrom;
            s.needs = needs;
            s.lines = List.of(text);
            return s;
        }
    }

    private static final Stmt PASS = new Stmt(Op.PASS);

    enum RetKind { NOTHING, NAME, NEW_OBJ, LIST_OF, RAISE }

    /**
     * A generated function; one that ends with {@link RetKind#RAISE} raises {@code raiseClass(raisePayload)},
     * or (a {@code stackId} other than 0) returns {@code [Obj(n + stackId), throw(payload)]}, so that the
     * exception leaves the frame with a new instance on its operand stack.
     */
    record Fun(String name, List<Kind> params, List<Stmt> body, RetKind ret, String retName, int retId,
               String raiseClass, boolean raisePayload, int signature, int stackId) { }

    /**
     * How a generated function takes its parameters {@code p1, p2, ...} (after {@code p0}) and the
     * id base {@code n}: 0 {@code (p0, p1, n)}; 1 {@code (p0, p1, *, n)}; 2 {@code (p0, *rest, n)},
     * then {@code p1 = rest[0]} in the body; 3 {@code (p0, n, **kw)}, then {@code p1 = kw["p1"]}.
     * The tuple and the dict hold the arguments too, as long as the frame lives.
     */
    static final int SIGNATURES = 4;

    // ------------------------------------------------------------------ exceptions

    static final String[] EXCEPTIONS = {"ValueError", "KeyError", "Boom", "Bang", "Oops"};

    /** {@code except} clauses; the bare one is added where it may stand (last). */
    static final String[] SPECS = {"ValueError", "KeyError", "LookupError", "Boom", "Bang", "Exception", "Oops",
        "(LookupError, Oops)",
        "(KeyError, Bang)", "(ValueError, Boom)"};

    static boolean catches(String spec, String exc) {
        return switch (spec) {
            case "", "Exception" -> true;
            case "LookupError" -> exc.equals("KeyError");
            case "Boom" -> exc.equals("Boom") || exc.equals("Bang");
            case "(KeyError, Bang)" -> exc.equals("KeyError") || exc.equals("Bang");
            case "(ValueError, Boom)" -> exc.equals("ValueError") || exc.equals("Boom") || exc.equals("Bang");
            case "(LookupError, Oops)" -> exc.equals("KeyError") || exc.equals("Oops");
            default -> spec.equals(exc);
        };
    }

    private static MObj exception(String cls, MObj payload) {
        MObj e = new MObj(Kind.EXC);
        e.exc = cls;
        e.payload = payload;
        return e;
    }

    // ------------------------------------------------------------------ running the model

    private static MObj need(Env env, String name, Set<Kind> kinds) {
        MObj o = env.vars.get(name);
        if (o == null || (o.kind == Kind.EXC && !kinds.contains(Kind.EXC))
                || (!kinds.isEmpty() && !kinds.contains(o.kind))) {
            throw new Invalid(name);
        }
        return o;
    }

    /** A name's object, or a new instance for an {@code Obj(...)} expression. */
    private static MObj val(Env env, String expr) {
        return expr.startsWith("Obj(") ? new MObj(Kind.OBJ) : need(env, expr, ANY_VALUE);
    }

    private static Set<Kind> paramKinds(Kind k) {
        return switch (k) {
            case ANY -> ANY_VALUE;
            case OBJ -> OBJLIKE;
            default -> EnumSet.of(k);
        };
    }

    static Outcome execBlock(List<Stmt> block, Env env) {
        for (Stmt s : block) {
            Outcome o = exec(s, env);
            if (!o.normal()) {
                return o;
            }
        }
        return Outcome.NORMAL;
    }

    /** Runs one statement on the model, as Python would; throws {@link Invalid} where Python would fail. */
    static Outcome exec(Stmt s, Env env) {
        Map<String, MObj> v = env.vars;
        switch (s.op) {
            case PASS, GC, BURY, PEEK -> { }
            case NEW_LIST -> v.put(s.t, new MObj(Kind.LIST));
            case NEW_DICT -> v.put(s.t, new MObj(Kind.DICT));
            case NEW_OBJ -> v.put(s.t, new MObj(Kind.OBJ));
            case TUPLE, LIST2 -> {
                val(env, s.x);
                val(env, s.y);
                v.put(s.t, new MObj(s.op == Op.TUPLE ? Kind.TUPLE : Kind.LIST));
            }
            case BIND -> v.put(s.t, need(env, s.x, ANY_VALUE));
            case NONE -> v.put(s.t, NONE_OBJ);
            case DEL -> {
                need(env, s.x, ANY_VALUE);
                v.remove(s.x);
            }
            case APPEND, SETITEM0 -> {
                need(env, s.t, LISTS);
                val(env, s.x);
            }
            case POP, DELITEM0, LCLEAR, SELF_APPEND -> need(env, s.t, LISTS);
            case ITER -> need(env, s.x, ITERABLE);
            case DSET -> {
                need(env, s.t, DICTS);
                val(env, s.x);
            }
            case DSET2, SELF_DSET, DPOP, DCLEAR -> need(env, s.t, DICTS);
            case DGET -> {
                need(env, s.x, DICTS);
                v.put(s.t, new MObj(Kind.ANY));
            }
            case SETATTR -> {
                MObj x = val(env, s.x);
                need(env, s.t, OBJLIKE).attrs.put(s.key, x);
            }
            case SETATTR2 -> {
                MObj o = need(env, s.t, OBJLIKE);
                o.attrs.put(s.key, val(env, s.x));
                o.attrs.put(other(s.key), val(env, s.y));
            }
            case DELATTR -> {
                MObj o = need(env, s.t, OBJLIKE);
                if (o.attrs.remove(s.key) == null) {
                    throw new Invalid("del " + s.t + "." + s.key);
                }
            }
            case GETATTR -> {
                // The class attribute (None) where the instance has none.
                MObj a = need(env, s.x, OBJLIKE).attrs.get(s.key);
                v.put(s.t, a == null ? NONE_OBJ : a);
            }
            case CYCLE -> {
                MObj a = need(env, s.x, OBJLIKE);
                MObj b = need(env, s.y, OBJLIKE);
                a.attrs.put(s.key, b);
                b.attrs.put(s.key, a);
            }
            case CALL -> {
                List<MObj> args = new ArrayList<>();
                for (int i = 0; i < s.fun.params().size(); i++) {
                    String a = s.args.get(i);
                    args.add(a.startsWith("Obj(") ? new MObj(Kind.OBJ) : a.startsWith("Box(") ? new MObj(Kind.BOX)
                            : a.equals("[]") ? new MObj(Kind.LIST) : a.equals("{}") ? new MObj(Kind.DICT)
                            : need(env, a, paramKinds(s.fun.params().get(i))));
                }
                Outcome r = call(s.fun, args);
                if (r.flow() == Flow.RAISE) {
                    return r;
                }
                if (s.t != null) {
                    v.put(s.t, r.value());
                }
            }
            case REFCOUNT -> need(env, s.x, COUNTED);
            case KEEP -> need(env, s.t, OBJLIKE);
            case PRINT -> need(env, s.x, "id".equals(s.key) ? OBJLIKE : ANY_VALUE);
            case SIMPLE -> {
                for (Need n : s.needs) {
                    need(env, n.name(), n.kinds());
                }
                if (s.t != null) {
                    v.put(s.t, s.bindFrom != null ? val(env, s.bindFrom) : new MObj(s.bindKind));
                }
            }
            case NEW_CM -> {
                MObj cm = new MObj(Kind.CM);
                cm.give = s.x == null ? null : val(env, s.x);
                cm.swallow = s.flag;
                v.put(s.t, cm);
            }
            case RAISE -> {
                MObj p = s.x == null ? null : val(env, s.x);
                if (s.note != null) {
                    val(env, s.note);
                }
                if (s.y != null && s.y.matches("e\\d+")) {
                    need(env, s.y, EXCS);
                } else if (!s.args.isEmpty()) {
                    val(env, s.args.get(0));
                }
                return new Outcome(Flow.RAISE, exception(s.key, p));
            }
            case THROW -> {
                return new Outcome(Flow.RAISE, exception("Boom", val(env, s.x)));
            }
            case RERAISE -> {
                MObj h = env.handled.peek();
                if (h == null) {
                    throw new Invalid("bare raise outside a handler");
                }
                return new Outcome(Flow.RAISE, h);
            }
            case EXC_ARG -> {
                MObj e = need(env, s.x, EXCS);
                switch (s.key) {
                    case "bind" -> v.put(s.t, argOf(e));
                    case "append" -> {
                        need(env, s.t, LISTS);
                        argOf(e);
                    }
                    default -> { }
                }
            }
            case BREAK, CONTINUE -> {
                if (s.id < 0 || env.pass == s.id) {
                    return new Outcome(s.op == Op.BREAK ? Flow.BREAK : Flow.CONTINUE, null);
                }
            }
            case RETURN -> {
                if (s.id < 0 || env.pass == s.id) {
                    return new Outcome(Flow.RETURN, val(env, s.x));
                }
            }
            case TRY -> {
                Outcome o = execBlock(s.body, env);
                if (o.flow() == Flow.RAISE) {
                    for (Handler h : s.handlers) {
                        if (catches(h.spec(), o.value().exc)) {
                            o = handle(h, o.value(), env);
                            break;
                        }
                    }
                } else if (o.normal() && s.orelse != null) {
                    o = execBlock(s.orelse, env);
                }
                if (s.fin != null) {
                    Outcome f = execBlock(s.fin, env);
                    if (!f.normal()) {
                        o = f;
                    }
                }
                return o;
            }
            case WITH -> {
                List<MObj> cms = new ArrayList<>();
                for (Item it : s.items) {
                    cms.add(enter(it, env));
                }
                return exit(cms, execBlock(s.body, env));
            }
            case LOOP -> {
                for (int pass = 0; pass < s.count; pass++) {
                    env.pass = pass;
                    Outcome o = execBlock(s.body, env);
                    if (o.flow() == Flow.BREAK) {
                        break;
                    }
                    if (o.flow() == Flow.RETURN || o.flow() == Flow.RAISE) {
                        return o;
                    }
                }
            }
            default -> throw new IllegalStateException(s.op.toString());
        }
        return Outcome.NORMAL;
    }

    private static MObj argOf(MObj e) {
        if (e.payload == null) {
            throw new Invalid("args[0] of an exception without arguments");
        }
        return e.payload;
    }

    /** Runs a handler that caught {@code e}: the name is bound while it runs, then deleted. */
    private static Outcome handle(Handler h, MObj e, Env env) {
        env.handled.push(e);
        if (h.name() != null) {
            env.vars.put(h.name(), e);
        }
        try {
            return execBlock(h.body(), env);
        } finally {
            env.handled.pop();
            if (h.name() != null) {
                env.vars.remove(h.name());
            }
        }
    }

    /** Evaluates a {@code with} item and calls its {@code __enter__}; returns the context manager. */
    private static MObj enter(Item it, Env env) {
        MObj cm;
        if (it.name() != null) {
            cm = need(env, it.name(), CMS);
        } else {
            cm = new MObj(Kind.CM);
            cm.give = it.give() == null ? null : val(env, it.give());
            cm.swallow = it.swallow();
        }
        MObj entered = cm.give == null || cm.give.kind == Kind.NONE ? cm : cm.give;
        if (it.as() != null) {
            env.vars.put(it.as(), entered);
        }
        return cm;
    }

    /** The {@code __exit__} calls, last item first: each drops its {@code give}, and may swallow. */
    private static Outcome exit(List<MObj> cms, Outcome o) {
        for (int k = cms.size() - 1; k >= 0; k--) {
            MObj cm = cms.get(k);
            cm.give = null;
            if (o.flow() == Flow.RAISE && cm.swallow) {
                o = Outcome.NORMAL;
            }
        }
        return o;
    }

    private static Outcome call(Fun f, List<MObj> args) {
        Env env = new Env();
        for (int i = 0; i < args.size(); i++) {
            env.vars.put("p" + i, args.get(i));
        }
        Outcome o = execBlock(f.body(), env);
        if (o.flow() == Flow.RETURN) {
            return o;
        }
        if (!o.normal()) {
            throw new Invalid(f.name() + " ends with " + o.flow());
        }
        return switch (f.ret()) {
            case NOTHING -> new Outcome(Flow.RETURN, NONE_OBJ);
            case NAME -> new Outcome(Flow.RETURN, need(env, f.retName(), ANY_VALUE));
            case NEW_OBJ -> new Outcome(Flow.RETURN, new MObj(Kind.OBJ));
            case LIST_OF -> {
                need(env, f.retName(), ANY_VALUE);
                yield new Outcome(Flow.RETURN, new MObj(Kind.LIST));
            }
            case RAISE -> new Outcome(Flow.RAISE,
                    exception(f.raiseClass(), f.raisePayload() ? new MObj(Kind.OBJ) : null));
        };
    }

    // ------------------------------------------------------------------ resolving raw steps

    /** Where a step stands. */
    record Ctx(boolean catchable, boolean handling, boolean inLoop, boolean inFinally, int depth) {
        static final Ctx TOP = new Ctx(false, false, false, false, 0);

        Ctx with(boolean catchable, boolean handling, boolean inLoop, boolean inFinally) {
            return new Ctx(catchable, handling, inLoop, inFinally, depth + 1);
        }
    }

    /**
     * Turns raw steps into valid statements in one scope (the module, or a function body whose
     * parameters stand for objects of their declared kinds), running each on the model as it goes.
     */
    private static final class Resolver {
        final boolean module;
        final Env env = new Env();
        final List<Fun> funs;
        final List<Step> steps;
        int pos;
        int nextId = 1; // module: the next literal id; function: the next offset from n
        int nextCall = 1;

        Resolver(boolean module, List<Fun> funs, List<Step> steps) {
            this.module = module;
            this.funs = funs;
            this.steps = steps;
        }

        String target(int b) {
            return module ? "g" + (b % 8) : "v" + (b % 4);
        }

        List<String> bound(Set<Kind> kinds) {
            List<String> names = new ArrayList<>();
            for (Map.Entry<String, MObj> e : env.vars.entrySet()) {
                Kind k = e.getValue().kind;
                if (kinds.isEmpty() ? k != Kind.EXC : kinds.contains(k)) {
                    names.add(e.getKey());
                }
            }
            return names;
        }

        String prefix(Ctx ctx) {
            return (module ? "" : "n + ") + (ctx.inLoop() ? "i + " : "");
        }

        String newId(Ctx ctx) {
            return prefix(ctx) + nextId++;
        }

        /** {@code m} new ids, as the bounds of a {@code range}. */
        String idRange(Ctx ctx, int m) {
            int first = nextId;
            nextId += m;
            return "range(" + prefix(ctx) + first + ", " + prefix(ctx) + (first + m) + ")";
        }

        /**
         * What a store stores: a bound name, or (one time in three, and when nothing is bound) a new
         * instance that only the place it is stored into will own.
         */
        String value(List<String> any, int r, Ctx ctx) {
            if (any.isEmpty() || r % 3 == 0) {
                return "Obj(" + newId(ctx) + ")";
            }
            return pick(any, r / 3);
        }

        static String pick(List<String> names, int i) {
            return names.get(i % names.size());
        }

        Outcome emit(List<Stmt> out, Stmt s) {
            out.add(s);
            try {
                return exec(s, env);
            } catch (Invalid e) {
                throw new IllegalStateException("generator bug: " + s.op + " invalid where it stands (" + e.getMessage()
                        + ")", e);
            }
        }

        /** Makes a new object of the kind a step needed, because none was bound. */
        Outcome make(List<Stmt> out, Ctx ctx, Kind k, int b) {
            return switch (k) {
                case LIST -> emit(out, Stmt.of(Op.NEW_LIST, target(b), null, null, null, 0));
                case DICT -> emit(out, Stmt.of(Op.NEW_DICT, target(b), null, null, null, 0));
                case BOX -> emit(out, Stmt.simple(target(b), Kind.BOX, null, List.of(),
                        target(b) + " = Box(" + newId(ctx) + ", [])"));
                default -> emit(out, Stmt.of(Op.NEW_OBJ, target(b), "Obj(" + newId(ctx) + ")", null, null, 0));
            };
        }

        /** Resolves up to {@code budget} raw steps into {@code out}; stops at a jump. */
        Outcome block(List<Stmt> out, Ctx ctx, int budget) {
            Outcome o = Outcome.NORMAL;
            for (int k = 0; k < budget && pos < steps.size(); k++) {
                o = step(steps.get(pos++), out, ctx);
                if (!o.normal()) {
                    break;
                }
            }
            return o;
        }

        Outcome step(Step st, List<Stmt> out, Ctx ctx) {
            int a = st.a();
            int b = st.b();
            int c = st.c();
            List<String> any = bound(ANY_VALUE);
            List<String> lists = bound(LISTS);
            List<String> dicts = bound(DICTS);
            List<String> objs = bound(OBJLIKE);
            String attr = c % 2 == 0 ? "a" : "b";
            String key = "k" + (c % 3);
            switch (st.op()) {
                case NEW_LIST -> {
                    return make(out, ctx, Kind.LIST, b);
                }
                case NEW_DICT -> {
                    return make(out, ctx, Kind.DICT, b);
                }
                case NEW_OBJ -> {
                    return make(out, ctx, Kind.OBJ, b);
                }
                case TUPLE, LIST2 -> {
                    return emit(out, Stmt.of(st.op(), target(b), value(any, a, ctx), value(any, c, ctx), null, 0));
                }
                case BIND -> {
                    if (any.isEmpty()) {
                        return make(out, ctx, Kind.LIST, b);
                    }
                    return emit(out, Stmt.of(Op.BIND, target(b), pick(any, a), null, null, 0));
                }
                case NONE -> {
                    return emit(out, Stmt.of(Op.NONE, any.isEmpty() ? target(b) : pick(any, a), null, null, null, 0));
                }
                case DEL -> {
                    if (any.isEmpty()) {
                        return make(out, ctx, Kind.OBJ, b);
                    }
                    return emit(out, Stmt.of(Op.DEL, null, pick(any, a), null, null, 0));
                }
                case APPEND, POP, SETITEM0, DELITEM0, LCLEAR, SELF_APPEND -> {
                    if (lists.isEmpty()) {
                        return make(out, ctx, Kind.LIST, b);
                    }
                    String x = st.op() == Op.APPEND || st.op() == Op.SETITEM0 ? value(any, c, ctx) : null;
                    return emit(out, Stmt.of(st.op(), pick(lists, a), x, null, null, 0));
                }
                case ITER -> {
                    List<String> iterables = bound(ITERABLE);
                    if (iterables.isEmpty()) {
                        return make(out, ctx, Kind.LIST, b);
                    }
                    return emit(out, Stmt.of(Op.ITER, null, pick(iterables, a), null, null, 0));
                }
                case SELF_DSET -> {
                    if (dicts.isEmpty()) {
                        return make(out, ctx, Kind.DICT, b);
                    }
                    return emit(out, Stmt.of(Op.SELF_DSET, pick(dicts, a), null, null, key, 0));
                }
                case DSET, DPOP, DCLEAR -> {
                    if (dicts.isEmpty()) {
                        return make(out, ctx, Kind.DICT, b);
                    }
                    String x = st.op() == Op.DSET ? value(any, b, ctx) : null;
                    return emit(out, Stmt.of(st.op(), pick(dicts, a), x, null, key, 0));
                }
                case DSET2 -> {
                    // Two new instances under two keys, in either order: a dict releases its entries in
                    // insertion order.
                    if (dicts.isEmpty()) {
                        return make(out, ctx, Kind.DICT, b);
                    }
                    String key2 = "k" + ((c + 1 + b % 2) % 3);
                    Stmt s = Stmt.of(Op.DSET2, pick(dicts, a), value(List.of(), 0, ctx), value(List.of(), 0, ctx),
                            key, 0);
                    s.args = List.of(key2);
                    return emit(out, s);
                }
                case DGET -> {
                    if (dicts.isEmpty()) {
                        return make(out, ctx, Kind.DICT, b);
                    }
                    return emit(out, Stmt.of(Op.DGET, target(b), pick(dicts, a), null, key, 0));
                }
                case SETATTR -> {
                    if (objs.isEmpty()) {
                        return make(out, ctx, Kind.OBJ, b);
                    }
                    return emit(out, Stmt.of(Op.SETATTR, pick(objs, a), value(any, b, ctx), null, attr, 0));
                }
                case SETATTR2 -> {
                    // Both attributes, in either order, to new instances: an instance's attributes are
                    // released in the order of the class's shared keys, not in the order it set them.
                    if (objs.isEmpty()) {
                        return make(out, ctx, Kind.OBJ, b);
                    }
                    return emit(out, Stmt.of(Op.SETATTR2, pick(objs, a), value(List.of(), 0, ctx),
                            value(List.of(), 0, ctx), attr, 0));
                }
                case DELATTR, GETATTR -> {
                    // Only where the model knows the attribute exists: at module level (exact), or in a
                    // function body for getattr of an attribute the body set (deletions never happen
                    // in functions, so it is still there whatever the arguments alias).
                    List<String> having = new ArrayList<>();
                    for (String o : objs) {
                        if (env.vars.get(o).attrs.containsKey(attr) && (module || st.op() == Op.GETATTR)) {
                            having.add(o);
                        }
                    }
                    if (having.isEmpty()) {
                        if (objs.isEmpty()) {
                            return make(out, ctx, Kind.OBJ, b);
                        }
                        return emit(out, Stmt.of(Op.SETATTR, pick(objs, a), value(any, b, ctx), null, attr, 0));
                    } else if (st.op() == Op.DELATTR) {
                        return emit(out, Stmt.of(Op.DELATTR, pick(having, b), null, null, attr, 0));
                    }
                    return emit(out, Stmt.of(Op.GETATTR, target(b), pick(having, a), null, attr, 0));
                }
                case CYCLE -> {
                    if (objs.isEmpty()) {
                        return make(out, ctx, Kind.OBJ, b);
                    }
                    return emit(out, Stmt.of(Op.CYCLE, null, pick(objs, a), pick(objs, b), attr, 0));
                }
                case CALL -> {
                    if (!module || funs.isEmpty()) {
                        return make(out, ctx, Kind.OBJ, b);
                    }
                    return call(out, ctx, funs.get(a % funs.size()), b, c, st.d());
                }
                case GC -> {
                    return emit(out, Stmt.of(Op.GC, null, null, null, null, 0));
                }
                case KEEP -> {
                    if (objs.isEmpty()) {
                        return make(out, ctx, Kind.OBJ, b);
                    }
                    return emit(out, Stmt.of(Op.KEEP, pick(objs, a), null, null, null, 0));
                }
                case BURY -> {
                    return emit(out, Stmt.of(Op.BURY, null, null, null, c % 2 == 0 ? "clear" : "pop", 0));
                }
                case PRINT -> {
                    if (any.isEmpty()) {
                        return make(out, ctx, Kind.LIST, b);
                    }
                    String x = pick(any, a);
                    String how = switch (c % 5) {
                        case 1 -> "repr";
                        case 2 -> "str";
                        case 3 -> "self";
                        case 4 -> objs.contains(x) ? "id" : "repr";
                        default -> null;
                    };
                    return emit(out, Stmt.of(Op.PRINT, null, x, null, how, 0));
                }
                case PEEK -> {
                    return emit(out, Stmt.of(Op.PEEK, null, null, null, null, 0));
                }
                case REFCOUNT -> {
                    List<String> counted = bound(COUNTED);
                    if (counted.isEmpty()) {
                        return make(out, ctx, Kind.LIST, b);
                    }
                    return emit(out, Stmt.of(Op.REFCOUNT, null, pick(counted, a), null, null, 0));
                }
                case TRY -> {
                    return genTry(st, out, ctx);
                }
                case WITH -> {
                    return genWith(st, out, ctx);
                }
                case LOOP -> {
                    return genLoop(st, out, ctx);
                }
                case RAISE, THROW, RERAISE -> {
                    if (!ctx.catchable()) {
                        return genTry(st, out, ctx);
                    }
                    if (st.op() == Op.THROW) {
                        return emit(out, Stmt.of(Op.THROW, null, value(any, c, ctx), null, null, 0));
                    }
                    if (st.op() == Op.RERAISE && ctx.handling() && !ctx.inFinally()) {
                        return emit(out, new Stmt(Op.RERAISE));
                    }
                    return raise(out, ctx, st.d(), c);
                }
                case EXC_ARG -> {
                    return excArg(st, out, ctx);
                }
                case BREAK, CONTINUE -> {
                    if (!ctx.inLoop()) {
                        return make(out, ctx, Kind.OBJ, b);
                    }
                    return jump(out, ctx, st.op(), a, c);
                }
                case RETURN -> {
                    if (module) {
                        return make(out, ctx, Kind.OBJ, b);
                    }
                    return jump(out, ctx, Op.RETURN, a, c);
                }
                case LISTCOMP, DICTCOMP, SETCOMP, SORTED, MAPPED, FILTERED -> {
                    return emit(out, comprehension(st, ctx));
                }
                case NEW_BOX, BOX_CALL, BOX_GET, BOX_SET, SET_OP, BOX_KEY -> {
                    return emit(out, special(st, ctx));
                }
                case NEW_CM -> {
                    Stmt s = Stmt.of(Op.NEW_CM, target(b), c % 3 == 0 ? null : value(any, c / 3, ctx), null,
                            newId(ctx), 0);
                    s.flag = a % 2 == 0;
                    return emit(out, s);
                }
                default -> throw new IllegalStateException(st.op().toString());
            }
        }

        /** A break, continue or return where one may stand; in a loop usually only in one pass. */
        private Outcome jump(List<Stmt> out, Ctx ctx, int a, int c) {
            Op op = !ctx.inLoop() || !module && c % 3 == 0 ? Op.RETURN : c % 2 == 0 ? Op.BREAK : Op.CONTINUE;
            return jump(out, ctx, op, a, c / 3);
        }

        private Outcome jump(List<Stmt> out, Ctx ctx, Op op, int a, int c) {
            Stmt s = Stmt.of(op, null, op == Op.RETURN ? value(bound(ANY_VALUE), c, ctx) : null, null, null,
                    ctx.inLoop() && a % 4 != 3 ? a % 4 : -1);
            s.stride = stride();
            return emit(out, s);
        }

        int stride() {
            return module ? 1_000_000 : 100_000;
        }

        /** A call of {@code f}, if the model finds it valid with these arguments and its exception catchable. */
        private Outcome call(List<Stmt> out, Ctx ctx, Fun f, int b, int c, int how) {
            List<String> args = new ArrayList<>();
            for (int i = 0; i < f.params().size(); i++) {
                Kind k = f.params().get(i);
                if ((k == Kind.ANY || k == Kind.OBJ) && (b + c + i) % 3 == 0) {
                    // Only the callee's parameter will hold it.
                    args.add("Obj(" + newId(ctx) + ")");
                    continue;
                }
                List<String> fit = bound(paramKinds(k));
                if (fit.isEmpty()) {
                    // A new one, that only the callee will hold.
                    args.add(switch (k) {
                        case LIST -> "[]";
                        case DICT -> "{}";
                        case BOX -> "Box(" + newId(ctx) + ", [])";
                        default -> "Obj(" + newId(ctx) + ")";
                    });
                    continue;
                }
                args.add(pick(fit, b + 3 * i + c));
            }
            args.add((ctx.inLoop() ? "i + " : "") + 1000 * nextCall++);
            Stmt s = Stmt.of(Op.CALL, c % 4 == 0 ? null : target(b), null, null, null, 0);
            s.fun = f;
            s.args = args;
            s.count = how;
            Outcome o;
            try {
                o = exec(s, env.copy());
            } catch (Invalid e) {
                return make(out, ctx, Kind.OBJ, b);
            }
            if (o.flow() == Flow.RAISE && !ctx.catchable()) {
                return make(out, ctx, Kind.OBJ, b);
            }
            return emit(out, s);
        }

        /**
         * What an exception carries: more often than other stored values a new instance, so that
         * the order in which dying exceptions let go of what they hold shows.
         */
        String payload(List<String> any, int r, Ctx ctx) {
            return value(any, r % 3 == 1 ? r : 0, ctx);
        }

        /**
         * A name for a comprehension or lambda to close over: in a function, a parameter half the
         * time (it becomes a cell in the parameter's own slot).
         */
        String closed(List<String> names, int r) {
            if (!module && r % 2 == 0) {
                List<String> params = new ArrayList<>();
                for (String n : names) {
                    if (n.startsWith("p")) {
                        params.add(n);
                    }
                }
                if (!params.isEmpty()) {
                    return pick(params, r / 2);
                }
            }
            return pick(names, r);
        }

        /** A raise that something around it catches ({@code ctx.catchable()}). */
        private Outcome raise(List<Stmt> out, Ctx ctx, int d, int c) {
            Outcome o = raise0(out, ctx, d, c);
            Stmt s = out.get(out.size() - 1);
            if (s.op == Op.RAISE && s.key.equals("Oops") && c % 3 != 1) {
                // Oops keeps a note in its __dict__, which dies before its args.
                s.note = value(bound(ANY_VALUE), c / 3, ctx);
            }
            return o;
        }

        private Outcome raise0(List<Stmt> out, Ctx ctx, int d, int c) {
            List<String> any = bound(ANY_VALUE);
            String cls = EXCEPTIONS[(d / 8) % EXCEPTIONS.length];
            // While an exception is handled, raise ... from ... more often: the new exception then has
            // both a __cause__ and a __context__.
            switch (ctx.handling() && (d / 3) % 2 == 0 ? 3 : d % 8) {
                case 2 -> {
                    return emit(out, Stmt.of(Op.RAISE, null, null, null, cls, 0));
                }
                case 3 -> {
                    Stmt s = Stmt.of(Op.RAISE, null, payload(any, c, ctx),
                            EXCEPTIONS[(c / 3) % EXCEPTIONS.length], cls, 0);
                    s.args = List.of(payload(any, c / 2, ctx));
                    return emit(out, s);
                }
                case 4 -> {
                    List<String> es = bound(EXCS);
                    String cause = es.isEmpty() ? "None" : pick(es, c);
                    return emit(out, Stmt.of(Op.RAISE, null, payload(any, c, ctx), cause, cls, 0));
                }
                case 5 -> {
                    if (ctx.handling() && !ctx.inFinally()) {
                        return emit(out, new Stmt(Op.RERAISE));
                    }
                    return emit(out, Stmt.of(Op.RAISE, null, payload(any, c, ctx), "None", cls, 0));
                }
                case 6 -> {
                    return emit(out, Stmt.of(Op.THROW, null, payload(any, c, ctx), null, null, 0));
                }
                case 7 -> {
                    List<Fun> raising = new ArrayList<>();
                    for (Fun f : funs) {
                        if (f.ret() == RetKind.RAISE) {
                            raising.add(f);
                        }
                    }
                    if (module && !raising.isEmpty()) {
                        Outcome o = call(out, ctx, raising.get(c % raising.size()), c / 3, c, d / 8);
                        if (o.flow() == Flow.RAISE) {
                            return o;
                        }
                    }
                    return emit(out, Stmt.of(Op.THROW, null, payload(any, c, ctx), null, null, 0));
                }
                default -> {
                    return emit(out, Stmt.of(Op.RAISE, null, payload(any, c, ctx), null, cls, 0));
                }
            }
        }

        private Outcome excArg(Step st, List<Stmt> out, Ctx ctx) {
            List<String> es = bound(EXCS);
            if (es.isEmpty()) {
                return make(out, ctx, Kind.OBJ, st.b());
            }
            String e = pick(es, st.b());
            boolean hasArg = env.vars.get(e).payload != null;
            String variant = switch (st.a() % 6) {
                case 0, 1 -> hasArg ? "bind" : "repr";
                case 2 -> hasArg && !bound(LISTS).isEmpty() ? "append" : "str";
                case 3 -> "repr";
                case 4 -> "args";
                default -> "str";
            };
            String t = switch (variant) {
                case "bind" -> target(st.c());
                case "append" -> pick(bound(LISTS), st.c());
                default -> null;
            };
            return emit(out, Stmt.of(Op.EXC_ARG, t, e, null, variant, 0));
        }

        /** Picks an {@code except} clause that catches {@code exc} or does not. */
        private static String spec(String exc, boolean catching, int r, boolean mayBeBare) {
            List<String> fit = new ArrayList<>();
            for (String s : SPECS) {
                if (catches(s, exc) == catching) {
                    fit.add(s);
                }
            }
            if (catching && mayBeBare) {
                fit.add("");
            }
            return pick(fit, r);
        }

        /**
         * {@code try} with handlers, {@code else} and {@code finally} as the numbers say; its body
         * usually ends with a raise. A try meant to catch gets a matching handler (after clauses that
         * do not match); one that is not lets the exception go to a try around it.
         */
        private Outcome genTry(Step st, List<Stmt> out, Ctx ctx) {
            if (ctx.depth() >= MAX_DEPTH) {
                return make(out, ctx, Kind.OBJ, st.b());
            }
            int a = st.a();
            int b = st.b();
            int c = st.c();
            int d = st.d();
            boolean catching = b % 5 != 0 || !ctx.catchable() && st.op() != Op.TRY;
            Stmt s = new Stmt(Op.TRY);
            s.body = new ArrayList<>();
            s.handlers = new ArrayList<>();
            out.add(s);
            Ctx bodyCtx = ctx.with(ctx.catchable() || catching, ctx.handling(), ctx.inLoop(), ctx.inFinally());
            Outcome o = block(s.body, bodyCtx, st.op() == Op.TRY ? 1 + a % 3 : a % 2);
            if (o.normal() && st.op() == Op.TRY && d % 3 == 0 && (ctx.inLoop() || !module)) {
                // A jump out of the try instead: through its finally, past its else.
                o = jump(s.body, bodyCtx, a, c);
            } else if (o.normal() && bodyCtx.catchable() && (st.op() != Op.TRY || (a / 3) % 4 != 0)) {
                o = st.op() == Op.THROW
                        ? emit(s.body, Stmt.of(Op.THROW, null, value(bound(ANY_VALUE), c, bodyCtx), null, null, 0))
                        : raise(s.body, bodyCtx, d, c);
            }
            if (s.body.isEmpty()) {
                s.body.add(PASS);
            }
            boolean raised = o.flow() == Flow.RAISE;
            int nh = catching ? 1 + (b / 5) % 2 : (b / 10) % 2;
            int match = catching && raised ? (b / 20) % nh : -1;
            Outcome result = o;
            for (int h = 0; h < nh; h++) {
                String spec;
                if (h == match) {
                    spec = spec(o.value().exc, true, d / 4 + h, h == nh - 1);
                } else if (raised && (h < match || match < 0)) {
                    spec = spec(o.value().exc, false, d / 4 + h, false);
                } else {
                    spec = SPECS[(d / 4 + 3 * h) % SPECS.length];
                }
                String name = spec.isEmpty() || (c + h) % 4 == 0 ? null : "e" + bound(EXCS).size();
                List<Stmt> hb = new ArrayList<>();
                if (h == match) {
                    MObj e = o.value();
                    env.handled.push(e);
                    if (name != null) {
                        env.vars.put(name, e);
                    }
                    Ctx hc = ctx.with(ctx.catchable(), true, ctx.inLoop(), false);
                    if (name != null && (c / 4) % 3 != 0) {
                        excArg(new Step(Op.EXC_ARG, d, c, b, a), hb, hc);
                    }
                    result = block(hb, hc, 1 + (c / 4) % 3);
                    if (result.normal() && ctx.catchable() && (d / 7) % 2 == 0) {
                        // Re-raised, to the try around this one.
                        result = emit(hb, new Stmt(Op.RERAISE));
                    }
                    env.handled.pop();
                    if (name != null) {
                        env.vars.remove(name);
                    }
                }
                if (hb.isEmpty()) {
                    hb.add(PASS);
                }
                s.handlers.add(new Handler(spec, name, hb));
            }
            if (nh > 0 && c % 3 == 0) {
                s.orelse = new ArrayList<>();
                if (o.normal()) {
                    result = block(s.orelse, ctx.with(ctx.catchable(), ctx.handling(), ctx.inLoop(), ctx.inFinally()),
                            1 + (c / 12) % 2);
                }
                if (s.orelse.isEmpty()) {
                    s.orelse.add(PASS);
                }
            }
            if (nh == 0 || (c / 3) % 3 == 0) {
                s.fin = new ArrayList<>();
                Ctx fc = ctx.with(ctx.catchable(), ctx.handling(), ctx.inLoop(), true);
                Outcome f = block(s.fin, fc, 1 + (d / 3) % 2);
                if (!f.normal()) {
                    result = f;
                }
                if (s.fin.isEmpty()) {
                    s.fin.add(PASS);
                }
            }
            return result;
        }

        /** {@code with} one or two context managers, new or bound; the body may raise into their {@code __exit__}. */
        private Outcome genWith(Step st, List<Stmt> out, Ctx ctx) {
            if (ctx.depth() >= MAX_DEPTH) {
                return make(out, ctx, Kind.OBJ, st.b());
            }
            int a = st.a();
            int b = st.b();
            int c = st.c();
            int d = st.d();
            Stmt s = new Stmt(Op.WITH);
            s.items = new ArrayList<>();
            s.body = new ArrayList<>();
            out.add(s);
            List<MObj> cms = new ArrayList<>();
            boolean swallows = false;
            int n = c % 4 == 0 ? 2 : 1;
            for (int k = 0; k < n; k++) {
                String as = (b / 7 + k) % 3 == 0 ? null : target(b + 5 * k);
                List<String> bound = bound(CMS);
                Item it;
                if (!bound.isEmpty() && (a + k) % 3 == 0) {
                    String name = pick(bound, b + k);
                    it = new Item(name, null, null, env.vars.get(name).swallow, as);
                } else {
                    String give = (d + k) % 3 == 0 ? null : value(bound(ANY_VALUE), d / 3 + k, ctx);
                    it = new Item(null, newId(ctx), give, (a / 3 + k) % 2 == 0, as);
                }
                swallows |= it.swallow();
                s.items.add(it);
                cms.add(enter(it, env));
            }
            Ctx bodyCtx = ctx.with(ctx.catchable() || swallows, ctx.handling(), ctx.inLoop(), ctx.inFinally());
            Outcome o = block(s.body, bodyCtx, 1 + b % 3);
            if (o.normal() && bodyCtx.catchable() && d % 3 == 0) {
                o = raise(s.body, bodyCtx, d / 3, c);
            }
            if (s.body.isEmpty()) {
                s.body.add(PASS);
            }
            return exit(cms, o);
        }

        /**
         * {@code for i in range(...)} with two or three passes: the body is generated for the first
         * pass, then run by the model for the others, as many as stay valid.
         */
        private Outcome genLoop(Step st, List<Stmt> out, Ctx ctx) {
            if (ctx.inLoop() || ctx.depth() >= MAX_DEPTH) {
                return make(out, ctx, Kind.OBJ, st.b());
            }
            Stmt s = new Stmt(Op.LOOP);
            s.count = 2 + st.a() % 2;
            s.stride = stride();
            s.body = new ArrayList<>();
            out.add(s);
            env.pass = 0;
            Ctx bodyCtx = ctx.with(ctx.catchable(), ctx.handling(), true, ctx.inFinally());
            if (st.c() % 3 == 0) {
                // A pass that stops early, or the last one.
                jump(s.body, bodyCtx, st.d() % 2 == 0 ? Op.CONTINUE : Op.BREAK, 1 + st.a() % 2, st.c());
            }
            Outcome o = block(s.body, bodyCtx, 1 + st.b() % 4);
            if (s.body.isEmpty()) {
                s.body.add(PASS);
            }
            if (o.flow() == Flow.BREAK) {
                return Outcome.NORMAL;
            }
            if (o.flow() == Flow.RETURN || o.flow() == Flow.RAISE) {
                return o;
            }
            for (int pass = 1; pass < s.count; pass++) {
                Env trial = env.copy();
                trial.pass = pass;
                Outcome t;
                try {
                    t = execBlock(s.body, trial);
                } catch (Invalid e) {
                    t = null;
                }
                if (t == null || t.flow() == Flow.RAISE && !ctx.catchable()) {
                    s.count = pass;
                    break;
                }
                env.pass = pass;
                Outcome r = execBlock(s.body, env);
                if (r.flow() == Flow.BREAK) {
                    break;
                }
                if (r.flow() == Flow.RETURN || r.flow() == Flow.RAISE) {
                    return r;
                }
            }
            return Outcome.NORMAL;
        }

        private String iter(String name) {
            return env.vars.get(name).kind == Kind.DICT ? name + ".values()" : name;
        }

        /** What {@link #iter} needs of the name where it is run again (in a later pass of a loop). */
        private Need needIter(String name) {
            return new Need(name, env.vars.get(name).kind == Kind.DICT ? DICTS : SEQUENCES);
        }

        private static final String KEY = "lambda o: o.id if isinstance(o, Obj) else 0";

        /** Comprehensions, and {@code sorted}, {@code max}, {@code map} and {@code filter} with lambdas. */
        private Stmt comprehension(Step st, Ctx ctx) {
            int a = st.a();
            int b = st.b();
            int c = st.c();
            String t = target(b);
            List<String> its = bound(ITERABLE);
            if (its.isEmpty()) {
                // Nothing to go over: new instances, one per id of a range.
                int m = c % 4;
                return switch (st.op()) {
                    case DICTCOMP -> Stmt.simple(t, Kind.DICT, null, List.of(),
                            t + " = {k: Obj(k) for k in " + idRange(ctx, m) + "}");
                    case SETCOMP -> Stmt.simple(t, Kind.SET, null, List.of(),
                            t + " = {Box(k, []) for k in " + idRange(ctx, m) + "}");
                    default -> Stmt.simple(t, Kind.LIST, null, List.of(),
                            t + " = [Obj(k) for k in " + idRange(ctx, m) + (a % 2 == 0 ? "" : " if k % 2 == 0") + "]");
                };
            }
            String xn = pick(its, a);
            String x = iter(xn);
            List<Need> needX = List.of(needIter(xn));
            switch (st.op()) {
                case LISTCOMP -> {
                    List<String> others = bound(ANY_VALUE);
                    switch (c % 7) {
                        case 0 -> {
                            return Stmt.simple(t, Kind.LIST, null, List.of(), t + " = [Obj(k) for k in "
                                    + idRange(ctx, b % 4) + (a % 2 == 0 ? "" : " if k % 3 != 0") + "]");
                        }
                        case 1 -> {
                            // a comprehension, a generator expression, a comprehension over a generator,
                            // or an asynchronous comprehension over an async generator, in a coroutine
                            String filtered = switch (a % 4) {
                                case 0 -> "[o for o in " + x + " if isinstance(o, Obj)]";
                                case 1 -> "list(o for o in " + x + " if isinstance(o, Obj))";
                                case 2 -> "drive(acollect(" + x + "))";
                                default -> "[o for o in walk(" + x + ") if isinstance(o, Obj)]";
                            };
                            return Stmt.simple(t, Kind.LIST, null, needX, t + " = " + filtered);
                        }
                        case 2 -> {
                            // the last: a generator (or an async generator, under a coroutine) dropped after
                            // its first item, so closed at its yield
                            String wrapped = switch (a % 4) {
                                case 0 -> "[[o] for o in " + x + "]";
                                case 1 -> "list([o] for o in walk(" + x + "))";
                                case 2 -> "[drive(afirst(" + x + "))]";
                                default -> "[next(walk(" + x + "), None)]";
                            };
                            return Stmt.simple(t, Kind.LIST, null, needX, t + " = " + wrapped);
                        }
                        case 3 -> {
                            return Stmt.simple(t, Kind.LIST, null, needX,
                                    t + " = [(k, o) for k, o in enumerate(" + x + ")]");
                        }
                        case 4 -> {
                            if (!its.isEmpty()) {
                                String yn = pick(its, b / 8);
                                return Stmt.simple(t, Kind.LIST, null, List.of(needX.get(0), needIter(yn)),
                                        t + " = [(o, q) for o in " + x + " for q in " + iter(yn) + " if o is not q]");
                            }
                            return Stmt.simple(t, Kind.LIST, null, needX,
                                    t + " = [o for o in " + x + " if o is not None]");
                        }
                        case 5 -> {
                            if (!others.isEmpty()) {
                                String zn = closed(others, b / 8);
                                return Stmt.simple(t, Kind.LIST, null, List.of(needX.get(0), new Need(zn, ANY_VALUE)),
                                        t + " = [o for o in " + x + " if o is not " + zn + "]");
                            }
                            return Stmt.simple(t, Kind.LIST, null, needX,
                                    t + " = [o for o in " + x + " if o is not None]");
                        }
                        default -> {
                            if (!module && !others.isEmpty() && a % 2 == 0) {
                                // pairs with a name it closes over (a parameter's cell, often)
                                String zn = closed(others, b / 8);
                                return Stmt.simple(t, Kind.LIST, null, List.of(needX.get(0), new Need(zn, ANY_VALUE)),
                                        t + " = [(o, " + zn + ") for o in " + x + "]");
                            }
                            return Stmt.simple(t, Kind.LIST, null, List.of(),
                                    t + " = [Box(k, []) for k in " + idRange(ctx, b % 3) + "]");
                        }
                    }
                }
                case DICTCOMP -> {
                    List<String> dicts = bound(DICTS);
                    switch (c % 5) {
                        case 0 -> {
                            return Stmt.simple(t, Kind.DICT, null, List.of(),
                                    t + " = {k: Obj(k) for k in " + idRange(ctx, b % 4) + "}");
                        }
                        case 1 -> {
                            return Stmt.simple(t, Kind.DICT, null, needX,
                                    t + " = {o.id: o for o in " + x + " if isinstance(o, Obj)}");
                        }
                        case 2 -> {
                            return Stmt.simple(t, Kind.DICT, null, needX,
                                    t + " = {\"k\" + str(k): o for k, o in enumerate(" + x + ")}");
                        }
                        default -> {
                            if (dicts.isEmpty()) {
                                return Stmt.simple(t, Kind.DICT, null, needX,
                                        t + " = {k: [o] for k, o in enumerate(" + x + ") if o is not None}");
                            }
                            String dn = pick(dicts, b / 8);
                            return Stmt.simple(t, Kind.DICT, null, List.of(new Need(dn, DICTS)),
                                    t + " = {k: q for k, q in " + dn + ".items() if q is not None}");
                        }
                    }
                }
                case SETCOMP -> {
                    List<String> boxes = bound(BOXES);
                    switch (c % 4) {
                        case 0 -> {
                            return Stmt.simple(t, Kind.SET, null, needX,
                                    t + " = {o.id for o in " + x + " if isinstance(o, Obj)}");
                        }
                        case 1 -> {
                            return Stmt.simple(t, Kind.SET, null, needX,
                                    t + " = {o for o in " + x + " if isinstance(o, Box)}");
                        }
                        case 2 -> {
                            if (boxes.isEmpty()) {
                                return Stmt.simple(t, Kind.SET, null, List.of(), t + " = set()");
                            }
                            String b1 = pick(boxes, b / 8);
                            String b2 = pick(boxes, a / 3);
                            return Stmt.simple(t, Kind.SET, null, List.of(new Need(b1, BOXES), new Need(b2, BOXES)),
                                    t + " = {" + b1 + ", " + b2 + "}");
                        }
                        default -> {
                            return Stmt.simple(t, Kind.SET, null, List.of(),
                                    t + " = {Box(k, []) for k in " + idRange(ctx, b % 4) + "}");
                        }
                    }
                }
                case SORTED -> {
                    switch (c % 4) {
                        case 0 -> {
                            return Stmt.simple(t, Kind.LIST, null, needX, t + " = sorted(" + x + ", key=" + KEY + ")");
                        }
                        case 1 -> {
                            return Stmt.simple(t, Kind.LIST, null, needX,
                                    t + " = sorted(" + x + ", key=" + KEY + ", reverse=True)");
                        }
                        case 2 -> {
                            return Stmt.simple(t, Kind.ANY, null, needX,
                                    t + " = max(" + x + ", key=" + KEY + ", default=None)");
                        }
                        default -> {
                            List<String> lists = bound(LISTS);
                            if (lists.isEmpty()) {
                                return Stmt.simple(t, Kind.ANY, null, needX,
                                        t + " = min(" + x + ", key=" + KEY + ", default=None)");
                            }
                            String ln = pick(lists, b / 8);
                            return Stmt.simple(null, null, null, List.of(new Need(ln, LISTS)),
                                    ln + ".sort(key=" + KEY + ")");
                        }
                    }
                }
                case MAPPED -> {
                    List<String> others = bound(ANY_VALUE);
                    if (c % 4 == 3 && !others.isEmpty()) {
                        // A lambda that refers to a name: in a function, a closure over a cell.
                        String zn = closed(others, b / 8);
                        return Stmt.simple(t, Kind.LIST, null, List.of(needX.get(0), new Need(zn, ANY_VALUE)),
                                t + " = list(map(lambda o: (o, " + zn + "), " + x + "))");
                    }
                    switch (c % 3) {
                        case 0 -> {
                            return Stmt.simple(t, Kind.LIST, null, needX, t + " = list(map(lambda o: [o], " + x + "))");
                        }
                        case 1 -> {
                            return Stmt.simple(t, Kind.TUPLE, null, needX,
                                    t + " = tuple(map(lambda o: (o, o), " + x + "))");
                        }
                        default -> {
                            String yn = pick(its, b / 8);
                            return Stmt.simple(t, Kind.LIST, null, List.of(needX.get(0), needIter(yn)),
                                    t + " = list(map(lambda o, q: (o, q), " + x + ", " + iter(yn) + "))");
                        }
                    }
                }
                case FILTERED -> {
                    List<String> others = bound(ANY_VALUE);
                    if (c % 4 == 3 && !others.isEmpty()) {
                        String zn = closed(others, b / 8);
                        return Stmt.simple(t, Kind.LIST, null, List.of(needX.get(0), new Need(zn, ANY_VALUE)),
                                t + " = list(filter(lambda o: o is not " + zn + ", " + x + "))");
                    }
                    String f = switch (c % 3) {
                        case 0 -> "lambda o: isinstance(o, Obj)";
                        case 1 -> "lambda o: o is not None";
                        default -> "None";
                    };
                    return Stmt.simple(t, Kind.LIST, null, needX, t + " = list(filter(" + f + ", " + x + "))");
                }
                default -> throw new IllegalStateException(st.op().toString());
            }
        }

        /** Statements that run {@code Box}'s special methods, and sets of boxes. */
        private Stmt special(Step st, Ctx ctx) {
            int a = st.a();
            int b = st.b();
            int c = st.c();
            String t = target(b);
            List<String> any = bound(ANY_VALUE);
            List<String> boxes = bound(BOXES);
            List<String> sets = bound(SETS);
            List<String> dicts = bound(DICTS);
            Op op = st.op();
            if (op == Op.SET_OP && sets.isEmpty()) {
                return boxes.isEmpty()
                        ? Stmt.simple(t, Kind.SET, null, List.of(),
                                t + " = {Box(k, []) for k in " + idRange(ctx, 1 + c % 3) + "}")
                        : Stmt.simple(t, Kind.SET, null, List.of(new Need(pick(boxes, a), BOXES)),
                                t + " = {" + pick(boxes, a) + "}");
            }
            if (op == Op.BOX_KEY && (dicts.isEmpty() || boxes.isEmpty()) || op != Op.NEW_BOX && op != Op.SET_OP
                    && boxes.isEmpty()) {
                op = Op.NEW_BOX;
            }
            switch (op) {
                case NEW_BOX -> {
                    String id = newId(ctx);
                    List<String> lists = bound(LISTS);
                    List<String> its = bound(ITERABLE);
                    switch (c % 4) {
                        case 0 -> {
                            return Stmt.simple(t, Kind.BOX, null, List.of(), t + " = Box(" + id + ", [])");
                        }
                        case 1 -> {
                            if (!lists.isEmpty()) {
                                String ln = pick(lists, a);
                                return Stmt.simple(t, Kind.BOX, null, List.of(new Need(ln, LISTS)),
                                        t + " = Box(" + id + ", " + ln + ")");
                            }
                        }
                        case 2 -> {
                            if (!its.isEmpty()) {
                                String xn = pick(its, a);
                                return Stmt.simple(t, Kind.BOX, null, List.of(needIter(xn)),
                                        t + " = Box(" + id + ", list(" + iter(xn) + "))");
                            }
                        }
                        default -> { }
                    }
                    String x = value(any, a, ctx);
                    String y = value(any, c / 4, ctx);
                    return Stmt.simple(t, Kind.BOX, null, needs(x, y),
                            t + " = Box(" + id + ", [" + x + ", " + y + "])");
                }
                case BOX_CALL -> {
                    String bx = pick(boxes, a);
                    String x = value(any, c, ctx);
                    List<Need> n = new ArrayList<>(needs(x));
                    n.add(new Need(bx, BOXES));
                    if (c % 2 == 0) {
                        return Stmt.simple(null, null, null, n, bx + "(" + x + ")");
                    }
                    return Stmt.simple(t, null, x, n, t + " = " + bx + "(" + x + ")");
                }
                case BOX_GET -> {
                    String bx = pick(boxes, a);
                    List<Need> n = List.of(new Need(bx, BOXES));
                    switch (c % 8) {
                        case 0 -> {
                            return Stmt.simple(t, Kind.ANY, null, n, t + " = " + bx + "[0] if " + bx + " else None");
                        }
                        case 1 -> {
                            return Stmt.simple(t, Kind.ANY, null, n,
                                    t + " = " + bx + "[-1] if len(" + bx + ") > 0 else None");
                        }
                        case 2 -> {
                            String y = pick(any, c / 4);
                            return Stmt.simple(null, null, null, List.of(n.get(0), new Need(y, ANY_VALUE)),
                                    "print(len(" + bx + "), bool(" + bx + "), " + bx + " == " + y + ", "
                                            + bx + " != " + y + ")");
                        }
                        case 3 -> {
                            return Stmt.simple(null, null, null, n, "print(list(" + bx + "))");
                        }
                        case 4 -> {
                            // the property's getter
                            return Stmt.simple(t, Kind.ANY, null, n, t + " = " + bx + ".first");
                        }
                        case 5 -> {
                            // __contains__, __str__, and __repr__ through an f-string
                            String y = pick(any, c / 8);
                            return Stmt.simple(null, null, null, List.of(n.get(0), new Need(y, ANY_VALUE)),
                                    "print(" + y + " in " + bx + ", str(" + bx + "), f\"[{" + bx + "!r:>10}]\")");
                        }
                        case 6 -> {
                            // __lt__, and its reflection for >
                            String b2 = pick(boxes, c / 8);
                            return Stmt.simple(null, null, null, List.of(n.get(0), new Need(b2, BOXES)),
                                    "print(" + bx + " < " + b2 + ", " + bx + " > " + b2 + ", [o.id for o in sorted(["
                                            + b2 + ", " + bx + "])])");
                        }
                        default -> {
                            // sorted() by __lt__, of the boxes an iterable holds
                            List<String> its = bound(ITERABLE);
                            String xn = pick(its, c / 8);
                            return Stmt.simple(t, Kind.LIST, null, List.of(needIter(xn)), t + " = sorted([o for o in "
                                    + iter(xn) + " if isinstance(o, Box)]" + (c % 16 < 8 ? "" : ", reverse=True") + ")");
                        }
                    }
                }
                case BOX_SET -> {
                    String bx = pick(boxes, a);
                    Need nb = new Need(bx, BOXES);
                    String x = value(any, c / 6, ctx);
                    List<Need> n = new ArrayList<>(needs(x));
                    n.add(nb);
                    switch (c % 6) {
                        case 0 -> {
                            // the property's setter
                            return Stmt.simple(null, null, null, n, bx + ".first = " + x);
                        }
                        case 1 -> {
                            // __setitem__
                            return Stmt.simple(null, null, null, n, "if len(" + bx + ") > 0:", "    " + bx + "[0] = " + x);
                        }
                        case 2 -> {
                            // __add__ with a list, a tuple or a box (which __add__ walks with its __iter__)
                            List<String> its = bound(EnumSet.of(Kind.LIST, Kind.TUPLE, Kind.BOX));
                            if (its.isEmpty()) {
                                return Stmt.simple(t, Kind.LIST, null, n, t + " = " + bx + " + [" + x + "]");
                            }
                            String yn = pick(its, c / 6);
                            return Stmt.simple(t, Kind.LIST, null, List.of(nb, new Need(yn, env.vars.get(yn).kind == Kind.BOX
                                    ? BOXES : EnumSet.of(Kind.LIST, Kind.TUPLE))), t + " = " + bx + " + " + yn);
                        }
                        case 3 -> {
                            // a staticmethod
                            String y = value(any, c / 2, ctx);
                            n.addAll(needs(y));
                            return Stmt.simple(t, Kind.LIST, null, n, t + " = Box.pair(" + x + ", " + y + ")");
                        }
                        case 4 -> {
                            // a classmethod with *items and **extra
                            String id = newId(ctx);
                            String y = value(any, c / 2, ctx);
                            n.addAll(needs(y));
                            return Stmt.simple(t, Kind.BOX, null, n, t + " = Box.make(" + id + ", " + x + ", " + bx
                                    + ", extra=" + y + ")");
                        }
                        default -> {
                            // the same, its arguments unpacked from a list and a dict
                            String id = newId(ctx);
                            String y = value(any, c / 2, ctx);
                            n.addAll(needs(y));
                            return Stmt.simple(t, Kind.BOX, null, n, t + " = Box.make(" + id + ", *[" + x + "], **{\"b\": "
                                    + y + ", \"a\": " + bx + "})");
                        }
                    }
                }
                case SET_OP -> {
                    String sn = pick(sets, a);
                    Need ns = new Need(sn, SETS);
                    List<String> objs = bound(OBJLIKE);
                    switch (c % 5) {
                        case 0, 1 -> {
                            if (boxes.isEmpty()) {
                                return Stmt.simple(null, null, null, List.of(ns),
                                        sn + ".add(Box(" + newId(ctx) + ", []))");
                            }
                            String bx = pick(boxes, b);
                            return Stmt.simple(null, null, null, List.of(ns, new Need(bx, BOXES)),
                                    sn + ".add(" + bx + ")");
                        }
                        case 2 -> {
                            if (boxes.isEmpty()) {
                                return Stmt.simple(null, null, null, List.of(ns), sn + ".discard(0)");
                            }
                            String bx = pick(boxes, b);
                            return Stmt.simple(null, null, null, List.of(ns, new Need(bx, BOXES)),
                                    sn + ".discard(" + bx + ")");
                        }
                        case 3 -> {
                            if (objs.isEmpty()) {
                                return Stmt.simple(null, null, null, List.of(ns), "print(len(" + sn + "))");
                            }
                            String o = pick(objs, b);
                            return Stmt.simple(null, null, null, List.of(ns, new Need(o, OBJLIKE)),
                                    "print(" + o + " in " + sn + ")");
                        }
                        default -> {
                            return Stmt.simple(null, null, null, List.of(ns), sn + ".clear()");
                        }
                    }
                }
                case BOX_KEY -> {
                    String dn = pick(dicts, a);
                    String bx = pick(boxes, b);
                    if (c % 3 == 0) {
                        return Stmt.simple(null, null, null, List.of(new Need(dn, DICTS), new Need(bx, BOXES)),
                                dn + ".pop(" + bx + ", None)");
                    }
                    String x = value(any, c, ctx);
                    List<Need> n = new ArrayList<>(needs(x));
                    n.add(new Need(dn, DICTS));
                    n.add(new Need(bx, BOXES));
                    return Stmt.simple(null, null, null, n, dn + "[" + bx + "] = " + x);
                }
                default -> throw new IllegalStateException(op.toString());
            }
        }

        private static List<Need> needs(String... values) {
            List<Need> n = new ArrayList<>();
            for (String v : values) {
                if (!v.startsWith("Obj(")) {
                    n.add(new Need(v, ANY_VALUE));
                }
            }
            return n;
        }
    }

    private static Fun resolveFun(String name, FunRaw raw) {
        Resolver r = new Resolver(false, List.of(), raw.body());
        for (int i = 0; i < raw.params().size(); i++) {
            r.env.vars.put("p" + i, new MObj(raw.params().get(i)));
        }
        List<Stmt> body = new ArrayList<>();
        Outcome o = r.block(body, Ctx.TOP, Integer.MAX_VALUE);
        List<String> names = r.bound(ANY_VALUE);
        RetKind ret = RetKind.values()[raw.ret()];
        if (!o.normal()) {
            ret = RetKind.NOTHING; // it returned already: nothing after the body would run
        }
        String retName = null;
        if (ret == RetKind.NAME || ret == RetKind.LIST_OF) {
            if (names.isEmpty()) {
                ret = RetKind.NEW_OBJ;
            } else {
                retName = Resolver.pick(names, raw.retPick());
            }
        }
        int retId = ret == RetKind.NEW_OBJ ? r.nextId++ : 0;
        boolean payload = raw.retPick() % 3 != 0;
        String raiseClass = EXCEPTIONS[raw.retPick() % EXCEPTIONS.length];
        int stackId = 0;
        if (ret == RetKind.RAISE && payload) {
            retId = r.nextId++;
            if (raw.retPick() % 2 == 0) {
                stackId = r.nextId++;
                raiseClass = "Boom";
            }
        }
        return new Fun(name, raw.params(), List.copyOf(body), ret, retName, retId, raiseClass, payload,
                raw.signature(), stackId);
    }

    // ------------------------------------------------------------------ rendering

    static Program render(Raw raw, boolean markCollections) {
        List<Fun> funs = new ArrayList<>();
        for (int i = 0; i < raw.funs().size(); i++) {
            funs.add(resolveFun("f" + i, raw.funs().get(i)));
        }
        Resolver main = new Resolver(true, funs, raw.main());
        List<Stmt> statements = new ArrayList<>();
        main.block(statements, Ctx.TOP, Integer.MAX_VALUE);
        StringBuilder sb = new StringBuilder();
        sb.append(PRELUDE);
        for (Fun f : funs) {
            renderDef(sb, f);
            for (Stmt s : f.body()) {
                render(sb, s, "    ", markCollections);
            }
            switch (f.ret()) {
                case NOTHING -> { }
                case NAME -> sb.append("    return ").append(f.retName()).append('\n');
                case NEW_OBJ -> sb.append("    return Obj(n + ").append(f.retId()).append(")\n");
                case LIST_OF -> sb.append("    return [").append(f.retName()).append("]\n");
                case RAISE -> {
                    if (f.stackId() != 0) {
                        sb.append("    return [Obj(n + ").append(f.stackId()).append("), throw(Obj(n + ").append(f.retId())
                                .append("))]\n");
                        break;
                    }
                    sb.append("    raise ").append(f.raiseClass());
                    if (f.raisePayload()) {
                        sb.append("(Obj(n + ").append(f.retId()).append("))");
                    } else if (f.raiseClass().equals("Oops")) {
                        sb.append("(None)");
                    }
                    sb.append('\n');
                }
            }
            if (f.ret() == RetKind.NOTHING && f.body().isEmpty() && (f.signature() < 2 || f.params().size() < 2)) {
                sb.append("    pass\n");
            }
            sb.append("\n\n");
        }
        // Only the program's own collections, in CPython and in gilvm, which count allocations differently.
        sb.append("gc.disable()\ngc.collect()\n");
        for (Stmt s : statements) {
            render(sb, s, "", markCollections);
        }
        // The model runs the whole program again, from the start: it must find it valid.
        Env check = new Env();
        Outcome end;
        try {
            end = execBlock(statements, check);
        } catch (Invalid e) {
            throw new IllegalStateException("generator bug: the program is invalid (" + e.getMessage() + "):\n" + sb);
        }
        if (!end.normal()) {
            throw new IllegalStateException("generator bug: the program ends with " + end.flow() + ":\n" + sb);
        }
        if (raw.tearDown()) {
            // Every global goes, in name order (and "_", which a for loop may have left holding an
            // object), then the cycles they leave, then what came back to life: (nearly) everything
            // dies here, before the end marker, in an order CPython fixes.
            List<String> globals = new ArrayList<>(check.vars.keySet());
            globals.sort(null);
            for (String g : globals) {
                line(sb, "", "del " + g);
            }
            line(sb, "", "_ = None");
            Stmt collect = Stmt.of(Op.GC, null, null, null, null, 0);
            Stmt bury = Stmt.of(Op.BURY, null, null, null, "clear", 0);
            render(sb, collect, "", markCollections);
            // Bounded, so that even a gilvm that resurrects forever ends (and fails the checks).
            line(sb, "", "for _ in range(10):");
            line(sb, "    ", "if not graveyard:");
            line(sb, "        ", "break");
            render(sb, bury, "    ", markCollections);
            render(sb, collect, "    ", markCollections);
        }
        sb.append("print(\"").append(END_MARKER).append("\")\n");
        return new Program(sb.toString(), statements.size());
    }

    private static final String PRELUDE = """
            import sys
            import gc


            class Obj:
                keep = False
                a = None
                b = None

                def __init__(self, id):
                    self.id = id
                    print("new", id)

                def __repr__(self):
                    return "Obj(" + str(self.id) + ")"

                def __del__(self):
                    print("del", self.id)
                    if self.keep:
                        graveyard.append(self)


            class Box(Obj):
                def __init__(self, id, items):
                    super().__init__(id)
                    self.items = items

                def __repr__(self):
                    return "Box(" + str(self.id) + ")"

                def __str__(self):
                    return f"box {self.id} of {len(self.items)}"

                def __eq__(self, other):
                    return isinstance(other, Box) and self.id == other.id

                def __lt__(self, other):
                    return self.id < other.id

                def __hash__(self):
                    return self.id

                def __len__(self):
                    return len(self.items)

                def __getitem__(self, i):
                    return self.items[i]

                def __setitem__(self, i, value):
                    self.items[i] = value

                def __contains__(self, x):
                    for o in self.items:
                        if o is x:
                            return True
                    return False

                def __iter__(self):
                    return Walk(self)

                def __call__(self, x):
                    self.items.append(x)
                    return x

                def __add__(self, other):
                    return self.items + list(other)

                @property
                def first(self):
                    return self.items[0] if self.items else None

                @first.setter
                def first(self, value):
                    if self.items:
                        self.items[0] = value
                    else:
                        self.items.append(value)

                @staticmethod
                def pair(a, b):
                    return [a, b]

                @classmethod
                def make(cls, id, *items, **extra):
                    box = cls(id, list(items))
                    for k in extra:
                        box.items.append(extra[k])
                    return box


            class Walk:
                def __init__(self, box):
                    self.box = box
                    self.i = 0

                def __iter__(self):
                    return self

                def __next__(self):
                    if self.i >= len(self.box.items):
                        raise StopIteration
                    self.i += 1
                    return self.box.items[self.i - 1]


            class CM(Obj):
                def __init__(self, id, give, swallow):
                    Obj.__init__(self, id)
                    self.give = give
                    self.swallow = swallow
                    self.held = None

                def __repr__(self):
                    return "CM(" + str(self.id) + ")"

                def __enter__(self):
                    print("enter", self.id)
                    if self.give is None:
                        return self
                    return self.give

                def __exit__(self, kind, value, tb):
                    print("exit", self.id, None if kind is None else kind.__name__)
                    if value is not None and value.args:
                        self.held = value.args[0]
                    else:
                        self.held = None
                    self.give = None
                    return self.swallow


            class Boom(Exception):
                def __del__(self):
                    print("gone", type(self).__name__, self.args)


            class Bang(Boom):
                pass


            class Oops(Exception):
                def __init__(self, obj, note=None):
                    super().__init__(obj)
                    self.note = note

                def __str__(self):
                    return "oops " + repr(self.args[0])


            def call(fn, *args, **kwargs):
                return fn(*args, **kwargs)


            def walk(seq):
                try:
                    for o in seq:
                        yield o
                finally:
                    print("walk done")


            def throw(o):
                raise Boom(o)


            class Step:
                def __await__(self):
                    return (yield)


            async def awalk(seq):
                try:
                    for o in seq:
                        await Step()
                        yield o
                finally:
                    print("awalk done")


            async def acollect(seq):
                return [o async for o in awalk(seq) if isinstance(o, Obj)]


            async def afirst(seq):
                async for o in awalk(seq):
                    return o
                return None


            def drive(coro):
                try:
                    while True:
                        coro.send(None)
                except StopIteration as e:
                    return e.value


            graveyard = []


            """;

    private static void render(StringBuilder sb, Stmt s, String ind, boolean markCollections) {
        String t = s.t;
        String x = s.x;
        String in = ind + "    ";
        switch (s.op) {
            case PASS -> line(sb, ind, "pass");
            case SIMPLE -> s.lines.forEach(l -> line(sb, ind, l));
            case NEW_LIST -> line(sb, ind, t + " = []");
            case NEW_DICT -> line(sb, ind, t + " = {}");
            case NEW_OBJ -> line(sb, ind, t + " = " + x);
            case TUPLE -> line(sb, ind, t + " = (" + x + ", " + s.y + ")");
            case LIST2 -> line(sb, ind, t + " = [" + x + ", " + s.y + "]");
            case BIND -> line(sb, ind, t + " = " + x);
            case NONE -> line(sb, ind, t + " = None");
            case DEL -> line(sb, ind, "del " + x);
            case APPEND -> line(sb, ind, t + ".append(" + x + ")");
            case SELF_APPEND -> line(sb, ind, t + ".append(" + t + ")");
            case POP -> guarded(sb, ind, t, t + ".pop()");
            case SETITEM0 -> guarded(sb, ind, t, t + "[0] = " + x);
            case DELITEM0 -> guarded(sb, ind, t, "del " + t + "[0]");
            case LCLEAR, DCLEAR -> line(sb, ind, t + ".clear()");
            case ITER -> {
                line(sb, ind, "for _ in " + x + ":");
                line(sb, in, "pass");
            }
            case DSET -> line(sb, ind, t + "[\"" + s.key + "\"] = " + x);
            case DPOP -> line(sb, ind, t + ".pop(\"" + s.key + "\", None)");
            case SELF_DSET -> line(sb, ind, t + "[\"" + s.key + "\"] = " + t);
            case DSET2 -> {
                line(sb, ind, t + "[\"" + s.key + "\"] = " + x);
                line(sb, ind, t + "[\"" + s.args.get(0) + "\"] = " + s.y);
            }
            case DGET -> line(sb, ind, t + " = " + x + ".get(\"" + s.key + "\")");
            case SETATTR -> line(sb, ind, t + "." + s.key + " = " + x);
            case SETATTR2 -> {
                line(sb, ind, t + "." + s.key + " = " + x);
                line(sb, ind, t + "." + other(s.key) + " = " + s.y);
            }
            case DELATTR -> line(sb, ind, "del " + t + "." + s.key);
            case GETATTR -> line(sb, ind, t + " = " + x + "." + s.key);
            case CYCLE -> {
                line(sb, ind, x + "." + s.key + " = " + s.y);
                line(sb, ind, s.y + "." + s.key + " = " + x);
            }
            case CALL -> line(sb, ind, (t == null ? "" : t + " = ") + callText(s.fun, s.args, s.count));
            case GC -> {
                if (markCollections) {
                    line(sb, ind, "print(\"" + COLLECT_START + "\")");
                }
                line(sb, ind, "gc.collect()");
                if (markCollections) {
                    line(sb, ind, "print(\"" + COLLECT_END + "\")");
                }
            }
            case REFCOUNT -> line(sb, ind, "print(sys.getrefcount(" + x + "))");
            case KEEP -> line(sb, ind, t + ".keep = True");
            case PRINT -> line(sb, ind, s.key == null ? "print(" + x + ")" : switch (s.key) {
                case "repr" -> "print(f\"{" + x + "!r}\")";
                case "str" -> "print(f\"<{" + x + "}>\")";
                case "self" -> "print(f\"{" + x + "=}\")";
                default -> "print(f\"{" + x + ".id:>6}|{" + x + "!r:<12}|{" + x + ".id % 7:03d}\")";
            });
            case PEEK -> {
                line(sb, ind, "for _ in graveyard:");
                line(sb, in, "print(\"kept\", _, _.a, _.b)");
            }
            case BURY -> {
                if (s.key.equals("clear")) {
                    line(sb, ind, "graveyard.clear()");
                } else {
                    guarded(sb, ind, "graveyard", "graveyard.pop()");
                }
            }
            case NEW_CM -> line(sb, ind, t + " = CM(" + s.key + ", " + (x == null ? "None" : x) + ", "
                    + (s.flag ? "True" : "False") + ")");
            case RAISE -> {
                String r = "raise " + s.key;
                if (s.key.equals("Oops")) {
                    r += "(" + (x == null ? "None" : x) + (s.note == null ? "" : ", note=" + s.note) + ")";
                } else if (x != null) {
                    r += "(" + x + ")";
                }
                if (s.y != null) {
                    r += " from " + s.y + (s.args.isEmpty() ? "" : "(" + s.args.get(0) + ")");
                }
                line(sb, ind, r);
            }
            case THROW -> line(sb, ind, "throw(" + x + ")");
            case RERAISE -> line(sb, ind, "raise");
            case EXC_ARG -> line(sb, ind, switch (s.key) {
                case "bind" -> t + " = " + x + ".args[0]";
                case "append" -> t + ".append(" + x + ".args[0])";
                case "repr" -> "print(repr(" + x + "))";
                case "args" -> "print(" + x + ".args)";
                default -> "print(" + x + ")";
            });
            case BREAK, CONTINUE, RETURN -> {
                String jump = s.op == Op.BREAK ? "break" : s.op == Op.CONTINUE ? "continue" : "return " + x;
                if (s.id < 0) {
                    line(sb, ind, jump);
                } else {
                    guarded(sb, ind, "i == " + s.id * s.stride, jump);
                }
            }
            case TRY -> {
                line(sb, ind, "try:");
                block(sb, s.body, in, markCollections);
                for (Handler h : s.handlers) {
                    line(sb, ind, "except" + (h.spec().isEmpty() ? "" : " " + h.spec())
                            + (h.name() == null ? "" : " as " + h.name()) + ":");
                    block(sb, h.body(), in, markCollections);
                }
                if (s.orelse != null) {
                    line(sb, ind, "else:");
                    block(sb, s.orelse, in, markCollections);
                }
                if (s.fin != null) {
                    line(sb, ind, "finally:");
                    block(sb, s.fin, in, markCollections);
                }
            }
            case WITH -> {
                List<String> items = new ArrayList<>();
                for (Item it : s.items) {
                    String cm = it.name() != null ? it.name() : "CM(" + it.idExpr() + ", "
                            + (it.give() == null ? "None" : it.give()) + ", " + (it.swallow() ? "True" : "False") + ")";
                    items.add(it.as() == null ? cm : cm + " as " + it.as());
                }
                line(sb, ind, "with " + String.join(", ", items) + ":");
                block(sb, s.body, in, markCollections);
            }
            case LOOP -> {
                line(sb, ind, "for i in range(0, " + s.count * s.stride + ", " + s.stride + "):");
                block(sb, s.body, in, markCollections);
            }
            default -> throw new IllegalStateException(s.op.toString());
        }
    }

    private static void block(StringBuilder sb, List<Stmt> block, String ind, boolean markCollections) {
        for (Stmt s : block) {
            render(sb, s, ind, markCollections);
        }
    }

    /** {@code def f(...):} in the function's {@link #SIGNATURES signature}, and the lines that bind p1, p2, ... */
    private static void renderDef(StringBuilder sb, Fun f) {
        int np = f.params().size();
        List<String> params = new ArrayList<>();
        for (int i = 0; i < np; i++) {
            params.add("p" + i);
        }
        List<String> head = new ArrayList<>();
        List<String> prologue = new ArrayList<>();
        switch (f.signature()) {
            case 1 -> {
                head.addAll(params);
                head.add("*");
                head.add("n");
            }
            case 2 -> {
                head.add("p0");
                head.add("*rest");
                head.add("n");
                for (int i = 1; i < np; i++) {
                    prologue.add("p" + i + " = rest[" + (i - 1) + "]");
                }
            }
            case 3 -> {
                head.add("p0");
                head.add("n");
                head.add("**kw");
                for (int i = 1; i < np; i++) {
                    prologue.add("p" + i + " = kw[\"p" + i + "\"]");
                }
            }
            default -> {
                head.addAll(params);
                head.add("n");
            }
        }
        sb.append("def ").append(f.name()).append('(').append(String.join(", ", head)).append("):\n");
        for (String l : prologue) {
            line(sb, "    ", l);
        }
    }

    /**
     * A call of {@code f} with {@code args} (its parameters' values, then n's), written one of the
     * ways its signature allows ({@code how}): positionally, with keywords (in an order that varies),
     * with {@code *} and {@code **} unpacking, or through {@code call(f, *args, **kwargs)}.
     */
    static String callText(Fun f, List<String> args, int how) {
        int np = f.params().size();
        List<String> ps = args.subList(0, np);
        String n = args.get(np);
        List<String> rest = ps.subList(1, np);
        int way = how % 5;
        boolean flip = (how / 5) % 2 == 1;
        List<String> kws = new ArrayList<>(); // p1=..., p2=..., n=... for the keyword forms
        for (int i = 1; i < np; i++) {
            kws.add("p" + i + "=" + ps.get(i));
        }
        kws.add("n=" + n);
        if (flip) {
            java.util.Collections.reverse(kws);
        }
        List<String> dict = new ArrayList<>();
        for (String kw : kws) {
            int eq = kw.indexOf('=');
            dict.add("\"" + kw.substring(0, eq) + "\": " + kw.substring(eq + 1));
        }
        String name = f.name();
        List<String> a = new ArrayList<>();
        switch (f.signature()) {
            case 0, 1 -> {
                boolean nByKeyword = f.signature() == 1;
                switch (way) {
                    case 1 -> {
                        // p0 by position, the others by keyword
                        a.add(ps.get(0));
                        a.addAll(kws);
                    }
                    case 2 -> {
                        a.add("*" + (flip ? "(" + String.join(", ", ps) + (np == 1 ? ",)" : ")")
                                : "[" + String.join(", ", ps) + "]"));
                        a.add(nByKeyword ? "n=" + n : n);
                    }
                    case 3 -> {
                        a.add(ps.get(0));
                        a.add("**{" + String.join(", ", dict) + "}");
                    }
                    case 4 -> {
                        a.add(name);
                        a.addAll(ps);
                        a.add("n=" + n);
                        name = "call";
                    }
                    default -> {
                        a.addAll(ps);
                        a.add(nByKeyword ? "n=" + n : n);
                    }
                }
            }
            case 2 -> {
                switch (way) {
                    case 1, 2 -> {
                        a.add(ps.get(0));
                        if (!rest.isEmpty()) {
                            a.add("*[" + String.join(", ", rest) + "]");
                        }
                        a.add("n=" + n);
                    }
                    case 3 -> {
                        a.add("*[" + String.join(", ", ps) + "]");
                        a.add("**{\"n\": " + n + "}");
                    }
                    case 4 -> {
                        a.add(name);
                        a.addAll(ps);
                        a.add("n=" + n);
                        name = "call";
                    }
                    default -> {
                        a.addAll(ps);
                        a.add("n=" + n);
                    }
                }
            }
            default -> {
                switch (way) {
                    case 1, 2 -> {
                        a.add(ps.get(0));
                        a.add("**{" + String.join(", ", dict) + "}");
                    }
                    case 3 -> {
                        a.add(name);
                        a.add(ps.get(0));
                        a.addAll(kws);
                        name = "call";
                    }
                    default -> {
                        a.add(ps.get(0));
                        a.addAll(kws);
                    }
                }
            }
        }
        return name + "(" + String.join(", ", a) + ")";
    }

    private static String other(String attr) {
        return attr.equals("a") ? "b" : "a";
    }

    private static void line(StringBuilder sb, String ind, String text) {
        sb.append(ind).append(text).append('\n');
    }

    private static void guarded(StringBuilder sb, String ind, String cond, String body) {
        line(sb, ind, "if " + cond + ":");
        line(sb, ind + "    ", body);
    }
}
