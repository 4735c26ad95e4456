package org.gilvm.heap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recomputes the truth about every count. Run at a safepoint (every thread stopped), it walks from
 * the roots (frames, operand stacks, module globals, the VM's own references and the references
 * Java code has pinned) and counts every reference to every object it reaches. Then it compares:
 * <ul>
 * <li>a reachable object whose stored count is higher than its references is <b>overcounted</b>
 *     (it will leak); lower is <b>undercounted</b> (it will be freed while still in use);
 * <li>a freed object that is still referenced is <b>freed but referenced</b> (a dangling reference);
 * <li>a live object nothing reachable refers to is either <b>cyclic garbage</b>, when its count is
 *     exactly the references other unreachable objects hold (a cycle, or held by one: not
 *     corruption, gc.collect() frees it), or <b>leaked</b>, when its count is higher than that (it
 *     can never reach zero), together with whatever only it keeps alive.
 * </ul>
 * The audit only reads: it changes no count and frees nothing.
 */
public final class Audit {
    public enum Kind {
        OVERCOUNTED("overcounted"),
        UNDERCOUNTED("undercounted"),
        FREED_BUT_REFERENCED("freed_but_referenced"),
        LEAKED("leaked"),
        CYCLIC_GARBAGE("cyclic_garbage");

        /** The stats JSON field name. */
        public final String field;

        Kind(String field) {
            this.field = field;
        }

        String words() {
            return field.replace('_', ' ');
        }
    }

    /** One object whose count is not what it should be; {@code object} is the object itself. */
    public record Finding(Kind kind, HeapObject object, long stored, long references) {
        String line() {
            String what = kind.words() + ": " + object.describe();
            return switch (kind) {
                case OVERCOUNTED -> what + ": count " + stored + ", " + references + " references (it will leak)";
                case UNDERCOUNTED -> what + ": count " + stored + ", " + references
                        + " references (it will be freed while in use)";
                case FREED_BUT_REFERENCED -> what + ", freed " + freedWhere(object) + ": still " + references
                        + " reference" + (references == 1 ? "" : "s");
                case LEAKED -> what + ": count " + stored + ", " + references + " references (it can never be freed)";
                case CYCLIC_GARBAGE -> what + ": count " + stored + ", all from other unreachable objects";
            };
        }

        private static String freedWhere(HeapObject o) {
            FreeRecord f = o.freedBy;
            return f == null ? "by another thread" : "by thread " + f.thread() + " at " + f.where();
        }
    }

    public record Report(String when, int liveObjects, List<Finding> findings) {
        public long count(Kind kind) {
            return findings.stream().filter(f -> f.kind == kind).count();
        }

        /** Corruption only: everything but cyclic garbage. */
        public boolean clean() {
            return findings.stream().allMatch(f -> f.kind == Kind.CYCLIC_GARBAGE);
        }

        /**
         * The human summary {@code --audit} prints: one line when every count is exact, then one
         * line per wrong count (at most ten per kind). Cyclic garbage is told apart: it is not
         * corruption, only objects waiting for the cycle collector.
         */
        public String summary() {
            List<Finding> wrong = findings.stream().filter(f -> f.kind != Kind.CYCLIC_GARBAGE).toList();
            long cyclic = count(Kind.CYCLIC_GARBAGE);
            StringBuilder sb = new StringBuilder("gilvm audit (" + when + "): " + liveObjects + " live objects, ");
            sb.append(wrong.isEmpty() ? "every count exact" : wrong.size() + (wrong.size() == 1 ? " count wrong" : " counts wrong"));
            if (cyclic > 0) {
                sb.append("; ").append(cyclic).append(cyclic == 1 ? " object is" : " objects are")
                        .append(" cyclic garbage (not corruption: gc.collect() would free ")
                        .append(cyclic == 1 ? "it)" : "them)");
            }
            sb.append('\n');
            for (Kind k : Kind.values()) {
                if (k == Kind.CYCLIC_GARBAGE) {
                    continue;
                }
                List<Finding> of = wrong.stream().filter(f -> f.kind == k).toList();
                for (int i = 0; i < Math.min(of.size(), SHOWN); i++) {
                    sb.append("  ").append(of.get(i).line()).append('\n');
                }
                if (of.size() > SHOWN) {
                    sb.append("  ... and ").append(of.size() - SHOWN).append(" more ").append(k.words()).append('\n');
                }
            }
            return sb.toString();
        }
    }

    /** What every audit of a run found, added up: the stats JSON reports it. */
    public static final class Totals {
        private long audits;
        private final Map<Kind, Long> perKind = new EnumMap<>(Kind.class);

        synchronized void add(Report r) {
            audits++;
            for (Kind k : Kind.values()) {
                perKind.merge(k, r.count(k), Long::sum);
            }
        }

        public synchronized long audits() {
            return audits;
        }

        public synchronized long of(Kind k) {
            return perKind.getOrDefault(k, 0L);
        }
    }

    private static final int SHOWN = 10;

    private final Heap heap;
    private final IdentityHashMap<HeapObject, int[]> references = new IdentityHashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    Audit(Heap heap) {
        this.heap = heap;
    }

    Report run(String when) {
        countFromRoots();
        List<HeapObject> live = new ArrayList<>();
        List<HeapObject> unreachable = new ArrayList<>();
        List<HeapObject> dying = new ArrayList<>();
        heap.forEachRegistered(o -> {
            if (o.state == HeapObject.LIVE) {
                live.add(o);
                if (!references.containsKey(o)) {
                    (pendingMerge(o) ? dying : unreachable).add(o);
                }
            }
        });
        IdentityHashMap<HeapObject, int[]> internal = countFromUnreachable(unreachable, dying);
        for (Map.Entry<HeapObject, int[]> e : references.entrySet()) {
            checkReachable(e.getKey(), e.getValue()[0]);
        }
        classifyUnreachable(unreachable, internal);
        return new Report(when, live.size(), List.copyOf(findings));
    }

    private void countFromRoots() {
        ArrayDeque<HeapObject> work = new ArrayDeque<>();
        IdentityHashMap<HeapObject, Boolean> immortalsSeen = new IdentityHashMap<>();
        RefVisitor count = o -> {
            if (o == null) {
                return;
            }
            if (o.state == HeapObject.IMMORTAL) {
                // Not counted, but it may hold counted objects (a list in a built-in module).
                if (immortalsSeen.put(o, Boolean.TRUE) == null) {
                    work.push(o);
                }
                return;
            }
            int[] n = references.get(o);
            if (n == null) {
                references.put(o, new int[] {1});
                work.push(o);
            } else {
                n[0]++;
            }
        };
        heap.host().visitRoots(count);
        heap.visitPins(count);
        while (!work.isEmpty()) {
            work.pop().traverse(count);
        }
    }

    private void checkReachable(HeapObject o, int refs) {
        if (o.state == HeapObject.FREED) {
            findings.add(new Finding(Kind.FREED_BUT_REFERENCED, o, 0, refs));
            return;
        }
        long stored = RefCount.total(o);
        if (stored > refs) {
            findings.add(new Finding(Kind.OVERCOUNTED, o, stored, refs));
        } else if (stored < refs) {
            findings.add(new Finding(Kind.UNDERCOUNTED, o, stored, refs));
        }
    }

    /**
     * Biased counting: a count of zero queued for its owner to merge is about to be freed, not
     * leaked; until the owner frees it, what it references is still referenced by it.
     */
    private static boolean pendingMerge(HeapObject o) {
        return RefCount.mode() == RefCount.Mode.BIASED && RefCount.total(o) == 0;
    }

    /**
     * The references unreachable objects hold: to each other (returned, per object) and to
     * reachable objects (added to {@link #references}: garbage that still holds a live object
     * accounts for part of its count until the garbage is collected).
     */
    private IdentityHashMap<HeapObject, int[]> countFromUnreachable(List<HeapObject> unreachable,
                                                                    List<HeapObject> dying) {
        IdentityHashMap<HeapObject, int[]> internal = new IdentityHashMap<>();
        for (HeapObject u : unreachable) {
            internal.put(u, new int[] {0});
        }
        List<HeapObject> holders = new ArrayList<>(unreachable);
        holders.addAll(dying);
        for (HeapObject u : holders) {
            u.traverse(c -> {
                if (c == null || c.state == HeapObject.IMMORTAL) {
                    return;
                }
                int[] n = internal.get(c);
                if (n == null) {
                    n = references.get(c);
                }
                if (n != null) {
                    n[0]++;
                } else if (c.state == HeapObject.FREED) {
                    findings.add(new Finding(Kind.FREED_BUT_REFERENCED, c, 0, 1));
                }
            });
        }
        return internal;
    }

    private void classifyUnreachable(List<HeapObject> unreachable, IdentityHashMap<HeapObject, int[]> internal) {
        IdentityHashMap<HeapObject, Boolean> leaked = new IdentityHashMap<>();
        ArrayDeque<HeapObject> work = new ArrayDeque<>();
        for (HeapObject u : unreachable) {
            long stored = RefCount.total(u);
            int in = internal.get(u)[0];
            if (stored > in) {
                findings.add(new Finding(Kind.LEAKED, u, stored, in));
                leaked.put(u, true);
                work.push(u);
            } else if (stored < in) {
                findings.add(new Finding(Kind.UNDERCOUNTED, u, stored, in));
            }
        }
        while (!work.isEmpty()) {
            work.pop().traverse(c -> {
                if (c != null && internal.containsKey(c) && leaked.put(c, true) == null) {
                    work.push(c);
                    if (RefCount.total(c) == internal.get(c)[0]) {
                        findings.add(new Finding(Kind.LEAKED, c, RefCount.total(c), internal.get(c)[0]));
                    }
                }
            });
        }
        for (HeapObject u : unreachable) {
            if (!leaked.containsKey(u) && RefCount.total(u) == internal.get(u)[0]) {
                findings.add(new Finding(Kind.CYCLIC_GARBAGE, u, RefCount.total(u), internal.get(u)[0]));
            }
        }
    }
}
