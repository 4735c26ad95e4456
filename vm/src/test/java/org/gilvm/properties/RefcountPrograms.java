package org.gilvm.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Random programs that make, share, store, drop and cycle objects, for {@link RefcountProperties}.
 *
 * <p>How it works. jqwik generates raw steps (an operation and three small numbers); a small
 * abstract interpreter then turns them, in order, into statements that are valid where they
 * stand: it knows which names are bound, to what kind of object, and which attributes each
 * instance has, so every program runs without an exception. A step that does not fit (an append
 * when no list exists) makes the object it needed instead. Because the raw steps are what jqwik
 * shrinks, and they are interpreted again after every shrink, a shrunk program is still valid and
 * is short.
 *
 * <p>Every instance of {@code Obj} gets a unique id: literals at module level, {@code n + j} in a
 * function, where every call site passes its own {@code n} (a multiple of 1000). Its
 * {@code __init__} prints "new id", its {@code __del__} "del id"; an instance whose {@code keep}
 * is set comes back to life in {@code __del__} (into the global list {@code graveyard}), so
 * resurrection, and dying a second time without a second {@code __del__}, are covered too.
 *
 * <p>The programs stay far below 600 container allocations, and start their statements with a
 * {@code gc.collect()}, so CPython's automatic collector never runs before the end marker.
 */
final class RefcountPrograms {
    private RefcountPrograms() { }

    static final String END_MARKER = "--- end ---";
    static final String COLLECT_START = "collect {";
    static final String COLLECT_END = "}";

    /** What one raw step asks for; the interpreter may replace it by a make when it does not fit. */
    enum Op {
        NEW_LIST, NEW_DICT, NEW_OBJ, TUPLE, LIST2, BIND, NONE, DEL,
        APPEND, POP, SETITEM0, DELITEM0, LCLEAR, SELF_APPEND, ITER,
        DSET, DSET2, SELF_DSET, DPOP, DGET, DCLEAR,
        SETATTR, SETATTR2, DELATTR, GETATTR, CYCLE,
        CALL, GC, REFCOUNT, KEEP, BURY, PRINT, PEEK
    }

    /** What the model knows of an object a name is bound to. */
    enum Kind { LIST, DICT, OBJ, TUPLE, NONE, ANY }

    record Step(Op op, int a, int b, int c) { }

    record FunRaw(List<Kind> params, List<Step> body, int ret, int retPick) { }

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
        Arbitrary<List<Kind>> params = Arbitraries.of(Kind.ANY, Kind.LIST, Kind.DICT, Kind.OBJ).list()
                .ofMinSize(1).ofMaxSize(3);
        Arbitrary<List<Step>> body = step().list().ofMinSize(1).ofMaxSize(8)
                .withSizeDistribution(RandomDistribution.uniform());
        return Combinators.combine(params, body, Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 20)).as(FunRaw::new);
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
                Tuple.of(10, Op.CALL), Tuple.of(4, Op.GC), Tuple.of(4, Op.REFCOUNT), Tuple.of(3, Op.KEEP),
                Tuple.of(2, Op.BURY), Tuple.of(2, Op.PRINT), Tuple.of(1, Op.PEEK));
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 99);
        return Combinators.combine(op, n, n, n).as(Step::new);
    }

    // ------------------------------------------------------------------ the model

    /** An object as the model sees it: its kind and, for instances, its attributes. */
    static final class MObj {
        final Kind kind;
        final Map<String, MObj> attrs = new LinkedHashMap<>();

        MObj(Kind kind) {
            this.kind = kind;
        }
    }

    private static final MObj NONE_OBJ = new MObj(Kind.NONE);

    /**
     * One statement, resolved: the names it uses are bound to objects of the right kind where it
     * stands. {@code t} is the name it binds or the object it changes (or null); {@code x} and
     * {@code y} what it reads: a name, or for a stored value an {@code Obj(...)} expression.
     */
    record Stmt(Op op, String t, String x, String y, String key, int id, Fun fun, List<String> args) {
        static Stmt of(Op op, String t, String x, String y, String key, int id) {
            return new Stmt(op, t, x, y, key, id, null, List.of());
        }
    }

    enum RetKind { NOTHING, NAME, NEW_OBJ, LIST_OF }

    record Fun(String name, List<Kind> params, List<Stmt> body, RetKind ret, String retName, int retId) { }

    /** Applies a resolved statement to the model (module globals, or a call's locals). */
    private static void apply(Stmt s, Map<String, MObj> env) {
        switch (s.op()) {
            case NEW_LIST, LIST2 -> env.put(s.t(), new MObj(Kind.LIST));
            case NEW_DICT -> env.put(s.t(), new MObj(Kind.DICT));
            case NEW_OBJ -> env.put(s.t(), new MObj(Kind.OBJ));
            case TUPLE -> env.put(s.t(), new MObj(Kind.TUPLE));
            case BIND -> env.put(s.t(), env.get(s.x()));
            case NONE -> env.put(s.t(), NONE_OBJ);
            case DEL -> env.remove(s.x());
            case DGET -> env.put(s.t(), new MObj(Kind.ANY));
            case SETATTR -> env.get(s.t()).attrs.put(s.key(), value(env, s.x()));
            case SETATTR2 -> {
                MObj o = env.get(s.t());
                o.attrs.put(s.key(), value(env, s.x()));
                o.attrs.put(other(s.key()), value(env, s.y()));
            }
            case DELATTR -> env.get(s.t()).attrs.remove(s.key());
            case GETATTR -> env.put(s.t(), env.get(s.x()).attrs.get(s.key()));
            case CYCLE -> {
                MObj a = env.get(s.x());
                MObj b = env.get(s.y());
                a.attrs.put(s.key(), b);
                b.attrs.put(s.key(), a);
            }
            case CALL -> {
                List<MObj> args = new ArrayList<>();
                for (String a : s.args()) {
                    args.add(env.get(a));
                }
                MObj result = call(s.fun(), args);
                if (s.t() != null) {
                    env.put(s.t(), result);
                }
            }
            default -> {
                // Container contents are not modelled: every statement that reads them is guarded.
            }
        }
    }

    /** A name's object, or a new instance for an {@code Obj(...)} expression. */
    private static MObj value(Map<String, MObj> env, String expr) {
        return expr.startsWith("Obj(") ? new MObj(Kind.OBJ) : env.get(expr);
    }

    private static MObj call(Fun f, List<MObj> args) {
        Map<String, MObj> env = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            env.put("p" + i, args.get(i));
        }
        for (Stmt s : f.body()) {
            apply(s, env);
        }
        return switch (f.ret()) {
            case NOTHING -> NONE_OBJ;
            case NAME -> env.get(f.retName());
            case NEW_OBJ -> new MObj(Kind.OBJ);
            case LIST_OF -> new MObj(Kind.LIST);
        };
    }

    /**
     * Turns raw steps into valid statements in one scope (the module, or a function body whose
     * parameters stand for objects of their declared kinds), applying each to the model as it goes.
     */
    private static final class Resolver {
        final boolean module;
        final Map<String, MObj> env = new LinkedHashMap<>();
        final List<Fun> funs;
        final List<Stmt> out = new ArrayList<>();
        int nextId = 1; // module: the next literal id; function: the next offset from n
        int nextCall = 1;

        Resolver(boolean module, List<Fun> funs) {
            this.module = module;
            this.funs = funs;
        }

        String target(int b) {
            return module ? "g" + (b % 8) : "v" + (b % 4);
        }

        List<String> bound(Kind... kinds) {
            List<String> names = new ArrayList<>();
            for (Map.Entry<String, MObj> e : env.entrySet()) {
                if (kinds.length == 0) {
                    names.add(e.getKey());
                    continue;
                }
                for (Kind k : kinds) {
                    if (e.getValue().kind == k) {
                        names.add(e.getKey());
                    }
                }
            }
            return names;
        }

        /**
         * What a store stores: a bound name, or (one time in three, and when nothing is bound) a new
         * instance that only the place it is stored into will own.
         */
        String value(List<String> any, int r) {
            if (any.isEmpty() || r % 3 == 0) {
                int id = nextId++;
                return module ? "Obj(" + id + ")" : "Obj(n + " + id + ")";
            }
            return pick(any, r / 3);
        }

        static String pick(List<String> names, int i) {
            return names.get(i % names.size());
        }

        void emit(Stmt s) {
            out.add(s);
            apply(s, env);
        }

        /** Makes a new object of the kind a step needed, because none was bound. */
        void make(Kind k, int b) {
            switch (k) {
                case LIST -> emit(Stmt.of(Op.NEW_LIST, target(b), null, null, null, 0));
                case DICT -> emit(Stmt.of(Op.NEW_DICT, target(b), null, null, null, 0));
                default -> emit(Stmt.of(Op.NEW_OBJ, target(b), null, null, null, nextId++));
            }
        }

        void step(Step st) {
            int a = st.a();
            int b = st.b();
            int c = st.c();
            List<String> any = bound();
            List<String> lists = bound(Kind.LIST);
            List<String> dicts = bound(Kind.DICT);
            List<String> objs = bound(Kind.OBJ);
            String attr = c % 2 == 0 ? "a" : "b";
            String key = "k" + (c % 3);
            switch (st.op()) {
                case NEW_LIST -> make(Kind.LIST, b);
                case NEW_DICT -> make(Kind.DICT, b);
                case NEW_OBJ -> make(Kind.OBJ, b);
                case TUPLE, LIST2 -> emit(Stmt.of(st.op(), target(b), value(any, a), value(any, c), null, 0));
                case BIND -> {
                    if (any.isEmpty()) {
                        make(Kind.LIST, b);
                    } else {
                        emit(Stmt.of(Op.BIND, target(b), pick(any, a), null, null, 0));
                    }
                }
                case NONE -> emit(Stmt.of(Op.NONE, any.isEmpty() ? target(b) : pick(any, a), null, null, null, 0));
                case DEL -> {
                    if (any.isEmpty()) {
                        make(Kind.OBJ, b);
                    } else {
                        emit(Stmt.of(Op.DEL, null, pick(any, a), null, null, 0));
                    }
                }
                case APPEND, POP, SETITEM0, DELITEM0, LCLEAR, SELF_APPEND -> {
                    if (lists.isEmpty()) {
                        make(Kind.LIST, b);
                    } else {
                        String x = st.op() == Op.APPEND || st.op() == Op.SETITEM0 ? value(any, c) : null;
                        emit(Stmt.of(st.op(), pick(lists, a), x, null, null, 0));
                    }
                }
                case ITER -> {
                    List<String> iterables = bound(Kind.LIST, Kind.DICT, Kind.TUPLE);
                    if (iterables.isEmpty()) {
                        make(Kind.LIST, b);
                    } else {
                        emit(Stmt.of(Op.ITER, null, pick(iterables, a), null, null, 0));
                    }
                }
                case SELF_DSET -> {
                    if (dicts.isEmpty()) {
                        make(Kind.DICT, b);
                    } else {
                        emit(Stmt.of(Op.SELF_DSET, pick(dicts, a), null, null, key, 0));
                    }
                }
                case DSET, DPOP, DCLEAR -> {
                    if (dicts.isEmpty()) {
                        make(Kind.DICT, b);
                    } else {
                        emit(Stmt.of(st.op(), pick(dicts, a), st.op() == Op.DSET ? value(any, b) : null, null, key, 0));
                    }
                }
                case DSET2 -> {
                    // Two new instances under two keys, in either order: a dict releases its entries in
                    // insertion order.
                    if (dicts.isEmpty()) {
                        make(Kind.DICT, b);
                    } else {
                        String key2 = "k" + ((c + 1 + b % 2) % 3);
                        emit(new Stmt(Op.DSET2, pick(dicts, a), value(List.of(), 0), value(List.of(), 0), key, 0,
                                null, List.of(key2)));
                    }
                }
                case DGET -> {
                    if (dicts.isEmpty()) {
                        make(Kind.DICT, b);
                    } else {
                        emit(Stmt.of(Op.DGET, target(b), pick(dicts, a), null, key, 0));
                    }
                }
                case SETATTR -> {
                    if (objs.isEmpty()) {
                        make(Kind.OBJ, b);
                    } else {
                        emit(Stmt.of(Op.SETATTR, pick(objs, a), value(any, b), null, attr, 0));
                    }
                }
                case SETATTR2 -> {
                    // Both attributes, in either order, to new instances: an instance's attributes are
                    // released in the order of the class's shared keys, not in the order it set them.
                    if (objs.isEmpty()) {
                        make(Kind.OBJ, b);
                    } else {
                        emit(Stmt.of(Op.SETATTR2, pick(objs, a), value(List.of(), 0), value(List.of(), 0), attr, 0));
                    }
                }
                case DELATTR, GETATTR -> {
                    // Only where the model knows the attribute exists: at module level (exact), or in a
                    // function body for getattr of an attribute the body set (deletions never happen
                    // in functions, so it is still there whatever the arguments alias).
                    List<String> having = new ArrayList<>();
                    for (String o : objs) {
                        if (env.get(o).attrs.containsKey(attr) && (module || st.op() == Op.GETATTR)) {
                            having.add(o);
                        }
                    }
                    if (having.isEmpty()) {
                        if (objs.isEmpty()) {
                            make(Kind.OBJ, b);
                        } else {
                            emit(Stmt.of(Op.SETATTR, pick(objs, a), value(any, b), null, attr, 0));
                        }
                    } else if (st.op() == Op.DELATTR) {
                        emit(Stmt.of(Op.DELATTR, pick(having, b), null, null, attr, 0));
                    } else {
                        emit(Stmt.of(Op.GETATTR, target(b), pick(having, a), null, attr, 0));
                    }
                }
                case CYCLE -> {
                    if (objs.isEmpty()) {
                        make(Kind.OBJ, b);
                    } else {
                        emit(Stmt.of(Op.CYCLE, null, pick(objs, a), pick(objs, b), attr, 0));
                    }
                }
                case CALL -> call(st, any);
                case GC -> emit(Stmt.of(Op.GC, null, null, null, null, 0));
                case KEEP -> {
                    if (objs.isEmpty()) {
                        make(Kind.OBJ, b);
                    } else {
                        emit(Stmt.of(Op.KEEP, pick(objs, a), null, null, null, 0));
                    }
                }
                case BURY -> emit(Stmt.of(Op.BURY, null, null, null, c % 2 == 0 ? "clear" : "pop", 0));
                case PRINT -> {
                    if (any.isEmpty()) {
                        make(Kind.LIST, b);
                    } else {
                        emit(Stmt.of(Op.PRINT, null, pick(any, a), null, null, 0));
                    }
                }
                case PEEK -> emit(Stmt.of(Op.PEEK, null, null, null, null, 0));
                case REFCOUNT -> {
                    List<String> counted = bound(Kind.LIST, Kind.DICT, Kind.OBJ);
                    if (counted.isEmpty()) {
                        make(Kind.LIST, b);
                    } else {
                        emit(Stmt.of(Op.REFCOUNT, null, pick(counted, a), null, null, 0));
                    }
                }
                default -> throw new IllegalStateException(st.op().toString());
            }
        }

        private void call(Step st, List<String> any) {
            if (!module || funs.isEmpty()) {
                make(Kind.OBJ, st.b());
                return;
            }
            Fun f = funs.get(st.a() % funs.size());
            List<String> args = new ArrayList<>();
            for (int i = 0; i < f.params().size(); i++) {
                Kind k = f.params().get(i);
                List<String> fit = k == Kind.ANY ? any : bound(k);
                if (fit.isEmpty()) {
                    make(k == Kind.ANY ? Kind.OBJ : k, st.b() + i);
                    return;
                }
                args.add(pick(fit, st.b() + 3 * i + st.c()));
            }
            args.add(String.valueOf(1000 * nextCall++));
            String t = st.c() % 4 == 0 ? null : target(st.b());
            emit(new Stmt(Op.CALL, t, null, null, null, 0, f, args));
        }
    }

    private static Fun resolveFun(String name, FunRaw raw) {
        Resolver r = new Resolver(false, List.of());
        for (int i = 0; i < raw.params().size(); i++) {
            Kind k = raw.params().get(i);
            r.env.put("p" + i, new MObj(k));
        }
        for (Step s : raw.body()) {
            r.step(s);
        }
        List<String> names = r.bound();
        RetKind ret = RetKind.values()[raw.ret()];
        String retName = null;
        if (ret == RetKind.NAME || ret == RetKind.LIST_OF) {
            if (names.isEmpty()) {
                ret = RetKind.NEW_OBJ;
            } else {
                retName = Resolver.pick(names, raw.retPick());
            }
        }
        int retId = ret == RetKind.NEW_OBJ ? r.nextId++ : 0;
        return new Fun(name, raw.params(), List.copyOf(r.out), ret, retName, retId);
    }

    // ------------------------------------------------------------------ rendering

    static Program render(Raw raw, boolean markCollections) {
        List<Fun> funs = new ArrayList<>();
        for (int i = 0; i < raw.funs().size(); i++) {
            funs.add(resolveFun("f" + i, raw.funs().get(i)));
        }
        Resolver main = new Resolver(true, funs);
        for (Step s : raw.main()) {
            main.step(s);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("import sys\nimport gc\n\n\n");
        sb.append("class Obj:\n");
        sb.append("    keep = False\n");
        sb.append("    a = None\n");
        sb.append("    b = None\n\n");
        sb.append("    def __init__(self, id):\n");
        sb.append("        self.id = id\n");
        sb.append("        print(\"new\", id)\n\n");
        sb.append("    def __repr__(self):\n");
        sb.append("        return \"Obj(\" + str(self.id) + \")\"\n\n");
        sb.append("    def __del__(self):\n");
        sb.append("        print(\"del\", self.id)\n");
        sb.append("        if self.keep:\n");
        sb.append("            graveyard.append(self)\n\n\n");
        sb.append("graveyard = []\n\n\n");
        for (Fun f : funs) {
            sb.append("def ").append(f.name()).append('(');
            for (int i = 0; i < f.params().size(); i++) {
                sb.append('p').append(i).append(", ");
            }
            sb.append("n):\n");
            for (Stmt s : f.body()) {
                render(sb, s, "    ", true, markCollections);
            }
            switch (f.ret()) {
                case NOTHING -> { }
                case NAME -> sb.append("    return ").append(f.retName()).append('\n');
                case NEW_OBJ -> sb.append("    return Obj(n + ").append(f.retId()).append(")\n");
                case LIST_OF -> sb.append("    return [").append(f.retName()).append("]\n");
            }
            if (f.ret() == RetKind.NOTHING && f.body().isEmpty()) {
                sb.append("    pass\n");
            }
            sb.append("\n\n");
        }
        // Resets CPython's allocation count (the start-up leaves a few hundred), so its automatic
        // collector cannot run before the end marker.
        sb.append("gc.collect()\n");
        for (Stmt s : main.out) {
            render(sb, s, "", false, markCollections);
        }
        if (raw.tearDown()) {
            // Every global goes, in name order (and "_", which a for loop may have left holding an
            // object), then the cycles they leave, then what came back to life: (nearly) everything
            // dies here, before the end marker, in an order CPython fixes.
            List<String> globals = new ArrayList<>(main.env.keySet());
            globals.sort(null);
            for (String g : globals) {
                line(sb, "", "del " + g);
            }
            line(sb, "", "_ = None");
            render(sb, Stmt.of(Op.GC, null, null, null, null, 0), "", false, markCollections);
            // Bounded, so that even a gilvm that resurrects forever ends (and fails the checks).
            line(sb, "", "for _ in range(10):");
            line(sb, "    ", "if not graveyard:");
            line(sb, "        ", "break");
            render(sb, Stmt.of(Op.BURY, null, null, null, "clear", 0), "    ", false, markCollections);
            render(sb, Stmt.of(Op.GC, null, null, null, null, 0), "    ", false, markCollections);
        }
        sb.append("print(\"").append(END_MARKER).append("\")\n");
        return new Program(sb.toString(), main.out.size());
    }

    private static void render(StringBuilder sb, Stmt s, String ind, boolean inFunction, boolean markCollections) {
        String t = s.t();
        String x = s.x();
        switch (s.op()) {
            case NEW_LIST -> line(sb, ind, t + " = []");
            case NEW_DICT -> line(sb, ind, t + " = {}");
            case NEW_OBJ -> line(sb, ind, t + " = Obj(" + (inFunction ? "n + " : "") + s.id() + ")");
            case TUPLE -> line(sb, ind, t + " = (" + x + ", " + s.y() + ")");
            case LIST2 -> line(sb, ind, t + " = [" + x + ", " + s.y() + "]");
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
                line(sb, ind + "    ", "pass");
            }
            case DSET -> line(sb, ind, t + "[\"" + s.key() + "\"] = " + x);
            case DPOP -> line(sb, ind, t + ".pop(\"" + s.key() + "\", None)");
            case SELF_DSET -> line(sb, ind, t + "[\"" + s.key() + "\"] = " + t);
            case DSET2 -> {
                line(sb, ind, t + "[\"" + s.key() + "\"] = " + x);
                line(sb, ind, t + "[\"" + s.args().get(0) + "\"] = " + s.y());
            }
            case DGET -> line(sb, ind, t + " = " + x + ".get(\"" + s.key() + "\")");
            case SETATTR -> line(sb, ind, t + "." + s.key() + " = " + x);
            case SETATTR2 -> {
                line(sb, ind, t + "." + s.key() + " = " + x);
                line(sb, ind, t + "." + other(s.key()) + " = " + s.y());
            }
            case DELATTR -> line(sb, ind, "del " + t + "." + s.key());
            case GETATTR -> line(sb, ind, t + " = " + x + "." + s.key());
            case CYCLE -> {
                line(sb, ind, x + "." + s.key() + " = " + s.y());
                line(sb, ind, s.y() + "." + s.key() + " = " + x);
            }
            case CALL -> line(sb, ind,
                    (t == null ? "" : t + " = ") + s.fun().name() + "(" + String.join(", ", s.args()) + ")");
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
            case PRINT -> line(sb, ind, "print(" + x + ")");
            case PEEK -> {
                line(sb, ind, "for _ in graveyard:");
                line(sb, ind + "    ", "print(\"kept\", _, _.a, _.b)");
            }
            case BURY -> {
                if (s.key().equals("clear")) {
                    line(sb, ind, "graveyard.clear()");
                } else {
                    guarded(sb, ind, "graveyard", "graveyard.pop()");
                }
            }
            default -> throw new IllegalStateException(s.op().toString());
        }
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
