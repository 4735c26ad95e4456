package org.gilvm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import org.gilvm.bytecode.Code;
import org.gilvm.bytecode.Source;
import org.gilvm.compiler.Compiler;
import org.gilvm.heap.Audit;
import org.gilvm.heap.Heap;
import org.gilvm.heap.Mutator;
import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;
import org.gilvm.heap.Site;
import org.gilvm.interp.PyException;
import org.gilvm.interp.Vm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Without the GIL, Python threads that share a list, dict, set, instance, class, function or module
 * must never break the VM's own structures: raw Java threads (each its own heap mutator, as a
 * Python thread is) hammer shared objects with critical sections on. What must always hold, checked
 * after every race: no Java exception escaped any thread, no thread deadlocked, the sizes that the
 * operations determine are exact, no object was used after it was freed, and, with atomic counts,
 * the audit finds every count exact. A race test asserts invariants: it never retries until it
 * passes.
 */
class ContainerRaceTest {
    private static final int THREADS = 4;
    private static final long SEED = 703;
    private static final long DEADLOCK_SECONDS = 30;

    /** A program's thread as the heap sees it, without an interpreter around it. */
    private static final class TestMutator extends Mutator {
        TestMutator(Heap heap, String name) {
            super(heap, name);
        }

        @Override
        protected Site currentSite() {
            return null;
        }

        @Override
        protected int currentPc() {
            return 0;
        }
    }

    @FunctionalInterface
    private interface Body {
        void run(int thread, Random random);
    }

    private static Code functionCode;
    private static PyModule module;

    private Heap heap;
    private TestMutator main;
    private final StringBuilder heapErrors = new StringBuilder();
    /** The test's own references: the roots of the audit, dropped after it. */
    private final List<PyObject> roots = new ArrayList<>();
    private final List<Namespace> namespaces = new ArrayList<>();

    @BeforeAll
    static void installBuiltinMethodsAndCompile() {
        // A VM installs the built-in types' methods (list.append, ...), once per JVM; its heap is
        // replaced by each test's own. What is made before a mutator attaches is immortal.
        new Vm(new StringWriter(), new StringWriter(), List.of("t.py"));
        Code moduleCode = Compiler.compileModule(new Source("t.py", "def f():\n    pass\n"));
        for (PyObject c : moduleCode.consts) {
            if (c instanceof Code fc) {
                functionCode = fc;
            }
        }
        module = new PyModule("t");
    }

    @BeforeEach
    void startHeap() {
        heap = new Heap(RefCount.Mode.ATOMIC, Heap.OnCorruption.REPORT);
        heap.setGcEnabled(false);
        heap.setHost(new Heap.Host() {
            @Override
            public void visitRoots(RefVisitor visitor) {
                roots.forEach(visitor::visit);
                namespaces.forEach(ns -> ns.forEach((name, value) -> visitor.visit(value)));
            }

            @Override
            public String threadDump(Mutator current) {
                return "";
            }

            @Override
            public synchronized void printError(String text) {
                heapErrors.append(text);
            }

            @Override
            public void requestSafepoint() {
            }

            // The audit runs after the race, when every other thread has ended.
            @Override
            public void stopWorld() {
            }

            @Override
            public void startWorld() {
            }
        });
        main = new TestMutator(heap, "main");
        main.attach();
        CriticalSection.setActive(true);
    }

    @AfterEach
    void auditAndStop() {
        CriticalSection.setActive(false);
        try {
            assertEquals(0, heap.useAfterFreeEvents(), heapErrors.toString());
            Audit.Report report = heap.audit("after the race");
            assertTrue(report.findings().isEmpty(), report.summary());
        } finally {
            roots.forEach(RefCount::decref);
            for (Namespace ns : namespaces) {
                ns.boundInDictOrder().forEach(b -> b.set(null));
            }
            main.detach();
        }
    }

    private <T extends PyObject> T root(T o) {
        roots.add(o);
        return o;
    }

    /** Runs {@code body} on {@link #THREADS} threads at once; fails on a Java exception or a deadlock. */
    private void race(Body body) throws InterruptedException {
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int id = t;
            Thread thread = new Thread(() -> {
                TestMutator m = new TestMutator(heap, "T" + id);
                m.attach();
                try {
                    start.await();
                    body.run(id, new Random(SEED + id));
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    m.detach();
                }
            }, "race-" + t);
            thread.setDaemon(true); // a deadlocked one must not keep the JVM alive
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join(DEADLOCK_SECONDS * 1000);
            if (thread.isAlive()) {
                StringBuilder stack = new StringBuilder();
                for (StackTraceElement e : thread.getStackTrace()) {
                    stack.append("\n  at ").append(e);
                }
                fail(thread.getName() + " is stuck (deadlock?)" + stack);
            }
        }
        if (!failures.isEmpty()) {
            AssertionError e = new AssertionError("a thread failed: " + failures.get(0), failures.get(0));
            failures.stream().skip(1).forEach(e::addSuppressed);
            throw e;
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Built-in method {@code name} of {@code receiver}, called as LOAD_METHOD calls it; a new reference. */
    private static PyObject callFor(PyObject receiver, String name, PyObject... args) {
        PyBuiltinFunction f = (PyBuiltinFunction) receiver.type().lookup(name);
        return f.callMethod(receiver, args, 0, args.length, null);
    }

    private static void call(PyObject receiver, String name, PyObject... args) {
        RefCount.decref(callFor(receiver, name, args));
    }

    /** Runs {@code op}; false when it raised one of {@code expected} (whose object is dropped). */
    private static boolean allowing(Runnable op, PyType... expected) {
        try {
            op.run();
            return true;
        } catch (PyException e) {
            for (PyType t : expected) {
                if (e.isInstance(t)) {
                    e.discard();
                    return false;
                }
            }
            throw e;
        }
    }

    /** Iterates {@code iterable} to the end, dropping each item; how many there were. */
    private static int drain(PyObject iterable) {
        PyObject it = iterable.iter();
        try {
            int n = 0;
            for (PyObject x = it.next(); x != null; x = it.next()) {
                RefCount.decref(x);
                n++;
            }
            return n;
        } finally {
            RefCount.decref(it);
        }
    }

    /** A new, counted, hashable item. */
    private static PyTuple item(int thread, int i) {
        return PyTuple.of(PyInt.of(thread), PyInt.of(i));
    }

    private static PyInt n(long v) {
        return PyInt.of(v);
    }

    private static int count(boolean[] present) {
        int n = 0;
        for (boolean p : present) {
            n += p ? 1 : 0;
        }
        return n;
    }

    private static int sum(int[] counts) {
        int n = 0;
        for (int c : counts) {
            n += c;
        }
        return n;
    }

    // ---------------------------------------------------------------- lists

    @Test
    void appendsFromManyThreadsAreAllKept() throws InterruptedException {
        PyList list = root(new PyList());
        int each = 20_000;
        race((t, random) -> {
            for (int i = 0; i < each; i++) {
                PyTuple x = item(t, i);
                if (i % 2 == 0) {
                    call(list, "append", x);
                } else {
                    list.append(x);
                }
                RefCount.decref(x);
            }
        });
        assertEquals(THREADS * each, list.size());
        Map<PyObject, Boolean> distinct = new IdentityHashMap<>();
        for (PyObject x : list.toArray()) {
            distinct.put(x, true);
        }
        assertEquals(THREADS * each, distinct.size(), "every appended item once");
    }

    @Test
    void aListKeepsItsSizeUnderEveryOperationAtOnce() throws InterruptedException {
        PyList list = root(new PyList());
        for (int i = 0; i < 100; i++) {
            PyTuple x = item(-1, i);
            list.append(x);
            RefCount.decref(x);
        }
        AtomicInteger delta = new AtomicInteger();
        PyType indexError = PyExceptionTypes.INDEX_ERROR;
        PyType valueError = PyExceptionTypes.VALUE_ERROR;
        race((t, random) -> {
            for (int i = 0; i < 3000; i++) {
                PyTuple x = item(t, i);
                long at = random.nextInt(120) - 10;
                switch (random.nextInt(22)) {
                    case 0 -> {
                        call(list, "append", x);
                        delta.incrementAndGet();
                    }
                    case 1 -> {
                        call(list, "insert", n(at), x);
                        delta.incrementAndGet();
                    }
                    case 2 -> {
                        if (allowing(() -> call(list, "pop"), indexError)) {
                            delta.decrementAndGet();
                        }
                    }
                    case 3 -> {
                        if (allowing(() -> call(list, "pop", n(at)), indexError)) {
                            delta.decrementAndGet();
                        }
                    }
                    case 4 -> {
                        PyObject[] seen = {null};
                        if (allowing(() -> seen[0] = list.getItem(n(at)), indexError)) {
                            if (allowing(() -> call(list, "remove", seen[0]), valueError)) {
                                delta.decrementAndGet();
                            }
                            RefCount.decref(seen[0]);
                        }
                    }
                    case 5 -> {
                        if (allowing(() -> list.delItem(n(at)), indexError)) {
                            delta.decrementAndGet();
                        }
                    }
                    case 6 -> allowing(() -> list.setItem(n(at), x), indexError);
                    case 7 -> {
                        PyList two = new PyList();
                        two.append(x);
                        two.append(x);
                        call(list, "extend", two);
                        RefCount.decref(two);
                        delta.addAndGet(2);
                    }
                    case 8 -> {
                        // Not a list or tuple: extend collects it first, without the list's lock.
                        PySet three = new PySet();
                        for (int k = 0; k < 3; k++) {
                            PyTuple y = item(t, -k - 1);
                            three.add(y);
                            RefCount.decref(y);
                        }
                        call(list, "extend", three);
                        RefCount.decref(three);
                        delta.addAndGet(3);
                    }
                    case 9 -> drain(list);
                    case 10 -> {
                        PyObject reversed = new PyIterator.Reversed(list);
                        drain(reversed);
                        RefCount.decref(reversed);
                    }
                    case 11 -> {
                        PySlice slice = new PySlice(n(at), n(at + 7), n(random.nextBoolean() ? 1 : -2));
                        RefCount.decref(list.getItem(slice));
                        RefCount.decref(slice);
                    }
                    case 12 -> list.contains(x);
                    case 13 -> allowing(() -> call(list, "index", x), valueError);
                    case 14 -> call(list, "count", x);
                    case 15 -> list.repr();
                    case 16 -> {
                        PyObject copy = callFor(list, "copy");
                        Ops.eq(list, copy);
                        Ops.lessThan(copy, list);
                        RefCount.decref(copy);
                    }
                    case 17 -> {
                        PyList both = PyList.concat(list, list);
                        RefCount.decref(both);
                        RefCount.decref(list.repeat(2));
                    }
                    case 18 -> RefCount.decref(PyTuple.fromIterable(list));
                    case 19 -> call(list, "reverse");
                    case 20 -> {
                        // An extended slice assigned its own items: the size stays, or (if the
                        // list changed in between) ValueError and nothing changes.
                        PySlice every3 = new PySlice(PyNone.NONE, PyNone.NONE, n(3));
                        PyObject items = list.getItem(every3);
                        allowing(() -> list.setItem(every3, items), valueError);
                        RefCount.decref(items);
                        RefCount.decref(every3);
                    }
                    default -> list.toArray();
                }
                RefCount.decref(x);
            }
        });
        assertEquals(100 + delta.get(), list.size());
    }

    @Test
    void listsSurviveChurnThatMovesEveryItem() throws InterruptedException {
        PyList list = root(new PyList());
        PyType valueError = PyExceptionTypes.VALUE_ERROR;
        race((t, random) -> {
            for (int i = 0; i < 3000; i++) {
                PyTuple x = item(t, i);
                switch (random.nextInt(6)) {
                    case 0 -> call(list, "clear");
                    case 1 -> call(list, "sort");
                    case 2 -> {
                        PySlice some = new PySlice(n(random.nextInt(5)), n(random.nextInt(30)), PyNone.NONE);
                        PyList replacement = new PyList();
                        replacement.append(x);
                        list.setItem(some, replacement);
                        RefCount.decref(replacement);
                        RefCount.decref(some);
                    }
                    case 3 -> {
                        PySlice every = new PySlice(PyNone.NONE, PyNone.NONE, n(2 + random.nextInt(2)));
                        allowing(() -> list.delItem(every), valueError);
                        RefCount.decref(every);
                    }
                    case 4 -> drain(list);
                    default -> {
                        for (int k = 0; k < 8; k++) {
                            list.append(x);
                        }
                    }
                }
                RefCount.decref(x);
            }
        });
    }

    // ---------------------------------------------------------------- dicts

    @Test
    void aDictKeepsEveryThreadsKeysUnderEveryOperationAtOnce() throws InterruptedException {
        PyDict dict = root(new PyDict());
        int keys = 64;
        int[] live = new int[THREADS];
        PyType keyError = PyExceptionTypes.KEY_ERROR;
        PyType runtimeError = PyExceptionTypes.RUNTIME_ERROR;
        race((t, random) -> {
            boolean[] present = new boolean[keys];
            for (int i = 0; i < 5000; i++) {
                int k = random.nextInt(keys);
                PyTuple key = item(t, k);
                PyTuple value = item(t, -i);
                switch (random.nextInt(16)) {
                    case 0, 1 -> {
                        dict.setItem(key, value);
                        present[k] = true;
                    }
                    case 2 -> {
                        boolean removed = allowing(() -> dict.delItem(key), keyError);
                        assertEquals(present[k], removed);
                        present[k] = false;
                    }
                    case 3 -> {
                        boolean popped = allowing(() -> call(dict, "pop", key), keyError);
                        assertEquals(present[k], popped);
                        present[k] = false;
                    }
                    case 4 -> {
                        call(dict, "setdefault", key, value);
                        present[k] = true;
                    }
                    case 5 -> {
                        PyObject got = callFor(dict, "get", key);
                        assertEquals(present[k], got != PyNone.NONE);
                        RefCount.decref(got);
                    }
                    case 6 -> {
                        PyDict mine = new PyDict();
                        mine.put(key, value);
                        call(dict, "update", mine);
                        RefCount.decref(mine);
                        present[k] = true;
                    }
                    case 7 -> assertEquals(present[k], dict.contains(key));
                    case 8 -> allowing(() -> drain(dict), runtimeError);
                    case 9 -> {
                        PyObject view = callFor(dict, random.nextBoolean() ? "items" : "values");
                        allowing(() -> drain(view), runtimeError);
                        RefCount.decref(view);
                    }
                    case 10 -> dict.repr();
                    case 11 -> {
                        PyObject copy = callFor(dict, "copy");
                        Ops.eq(dict, copy);
                        RefCount.decref(copy);
                    }
                    case 12 -> {
                        // What the interpreter's **mapping and reversed(dict) read.
                        for (Map.Entry<PyObject, PyObject> e : dict.map().entrySet()) {
                            assertNotNull(e.getValue());
                        }
                        dict.map().keySet().toArray(new PyObject[0]);
                    }
                    case 13 -> {
                        PyObject it = dict.iter();
                        allowing(() -> RefCount.xdecref(it.next()), runtimeError);
                        RefCount.decref(it);
                    }
                    default -> assertEquals(present[k], allowing(() -> RefCount.decref(dict.getItem(key)), keyError));
                }
                RefCount.decref(key);
                RefCount.decref(value);
            }
            live[t] = count(present);
        });
        assertEquals(sum(live), dict.size());
    }

    @Test
    void dictsSurviveChurnOnSharedKeys() throws InterruptedException {
        PyDict dict = root(new PyDict());
        PyType keyError = PyExceptionTypes.KEY_ERROR;
        PyType runtimeError = PyExceptionTypes.RUNTIME_ERROR;
        race((t, random) -> {
            for (int i = 0; i < 4000; i++) {
                PyTuple key = item(0, random.nextInt(16));
                switch (random.nextInt(5)) {
                    case 0 -> dict.setItem(key, key);
                    case 1 -> allowing(() -> call(dict, "popitem"), keyError);
                    case 2 -> call(dict, "clear");
                    case 3 -> allowing(() -> drain(dict), runtimeError);
                    default -> allowing(() -> dict.delItem(key), keyError);
                }
                RefCount.decref(key);
            }
        });
    }

    // ---------------------------------------------------------------- sets

    @Test
    void aSetKeepsEveryThreadsMembersUnderEveryOperationAtOnce() throws InterruptedException {
        PySet set = root(new PySet());
        int members = 64;
        int[] live = new int[THREADS];
        PyType keyError = PyExceptionTypes.KEY_ERROR;
        PyType runtimeError = PyExceptionTypes.RUNTIME_ERROR;
        race((t, random) -> {
            boolean[] present = new boolean[members];
            for (int i = 0; i < 3000; i++) {
                int k = random.nextInt(members);
                PyTuple x = item(t, k);
                switch (random.nextInt(12)) {
                    case 0, 1 -> {
                        call(set, "add", x);
                        present[k] = true;
                    }
                    case 2 -> {
                        assertEquals(present[k], allowing(() -> call(set, "remove", x), keyError));
                        present[k] = false;
                    }
                    case 3 -> {
                        call(set, "discard", x);
                        present[k] = false;
                    }
                    case 4 -> assertEquals(present[k], set.contains(x));
                    case 5 -> allowing(() -> drain(set), runtimeError);
                    case 6 -> {
                        PySet mine = new PySet();
                        mine.add(x);
                        call(set, "update", mine);
                        present[k] = true;
                        RefCount.decref(PySet.union(set, mine));
                        RefCount.decref(PySet.union(mine, set));
                        RefCount.decref(PySet.intersection(set, mine));
                        RefCount.decref(PySet.difference(set, mine));
                        RefCount.decref(PySet.symmetricDifference(mine, set));
                        call(set, "issubset", mine);
                        call(set, "isdisjoint", mine);
                        RefCount.decref(mine);
                    }
                    case 7 -> set.repr();
                    case 8 -> {
                        PyObject copy = callFor(set, "copy");
                        Ops.eq(set, copy);
                        RefCount.decref(copy);
                    }
                    case 9 -> {
                        PyObject it = set.iter();
                        allowing(() -> RefCount.xdecref(it.next()), runtimeError);
                        RefCount.decref(it);
                    }
                    default -> set.snapshot();
                }
                RefCount.decref(x);
            }
            live[t] = count(present);
        });
        assertEquals(sum(live), set.size());
    }

    @Test
    void setsSurviveChurnOnSharedMembers() throws InterruptedException {
        PySet set = root(new PySet());
        PyType keyError = PyExceptionTypes.KEY_ERROR;
        PyType runtimeError = PyExceptionTypes.RUNTIME_ERROR;
        race((t, random) -> {
            for (int i = 0; i < 4000; i++) {
                PyTuple x = item(0, random.nextInt(200));
                switch (random.nextInt(5)) {
                    case 0, 1 -> set.add(x);
                    case 2 -> allowing(() -> call(set, "pop"), keyError);
                    case 3 -> allowing(() -> drain(set), runtimeError);
                    default -> {
                        if (random.nextInt(20) == 0) {
                            call(set, "clear");
                        } else {
                            set.discard(x);
                        }
                    }
                }
                RefCount.decref(x);
            }
        });
    }

    // ---------------------------------------------------------------- two objects at once

    @Test
    void twoObjectOperationsInOppositeOrdersDoNotDeadlock() throws InterruptedException {
        PyList[] lists = {root(new PyList()), root(new PyList())};
        PyDict[] dicts = {root(new PyDict()), root(new PyDict())};
        PySet[] sets = {root(new PySet()), root(new PySet())};
        race((t, random) -> {
            // Threads 0 and 2 go one way, 1 and 3 the other; each method call holds its receiver.
            int a = t % 2;
            int b = 1 - a;
            for (int i = 0; i < 1500; i++) {
                PyTuple x = item(t, i % 50);
                lists[a].append(x);
                call(lists[a], "extend", lists[b]);
                if (lists[a].size() > 64) {
                    call(lists[a], "clear");
                }
                Ops.eq(lists[a], lists[b]);
                RefCount.decref(PyList.concat(lists[a], lists[b]));
                dicts[a].setItem(x, x);
                call(dicts[a], "update", dicts[b]);
                Ops.eq(dicts[a], dicts[b]);
                sets[a].add(x);
                call(sets[a], "update", sets[b]);
                call(sets[a], "issubset", sets[b]);
                RefCount.decref(callFor(sets[a], "intersection", sets[b]));
                RefCount.decref(callFor(sets[a], "symmetric_difference", sets[b]));
                RefCount.decref(x);
            }
        });
    }

    // ---------------------------------------------------------------- shared iterators

    @Test
    void aSharedIteratorHandsOutEachItemOnce() throws InterruptedException {
        int size = 20_000;
        PyList list = new PyList();
        PyDict dict = new PyDict();
        PySet set = new PySet();
        for (int i = 0; i < size; i++) {
            PyTuple x = item(-1, i);
            list.append(x);
            dict.put(x, x);
            set.add(x);
            RefCount.decref(x);
        }
        PyTuple tuple = PyTuple.fromIterable(list);
        PyObject[] sources = {list, tuple, dict, set};
        for (PyObject source : sources) {
            PyObject it = source.iter();
            RefCount.decref(source); // the iterator alone holds it now, and must let go of it once
            Map<PyObject, Boolean> seen = Collections.synchronizedMap(new IdentityHashMap<>());
            AtomicInteger count = new AtomicInteger();
            race((t, random) -> {
                for (PyObject x = it.next(); x != null; x = it.next()) {
                    seen.put(x, true);
                    count.incrementAndGet();
                    RefCount.decref(x);
                }
            });
            assertEquals(size, count.get(), source.type().name());
            assertEquals(size, seen.size(), source.type().name());
            assertTrue(source.isFreed(), "the exhausted iterator let go of its " + source.type().name());
            assertNull(it.next());
            RefCount.decref(it);
        }
    }

    // ---------------------------------------------------------------- attributes

    @Test
    void anInstanceKeepsEveryThreadsAttributes() throws InterruptedException {
        PyType cls = root(PyType.newClass("Shared", PyType.OBJECT, new LinkedHashMap<>(), "t"));
        PyInstance shared = root(new PyInstance(cls));
        int names = 32;
        int[] live = new int[THREADS];
        PyType attributeError = PyExceptionTypes.ATTRIBUTE_ERROR;
        race((t, random) -> {
            boolean[] present = new boolean[names];
            for (int i = 0; i < 5000; i++) {
                int k = random.nextInt(names);
                String name = "a" + t + "_" + k;
                PyTuple value = item(t, i);
                switch (random.nextInt(7)) {
                    case 0, 1 -> {
                        shared.setAttr(name, value);
                        present[k] = true;
                    }
                    case 2 -> {
                        assertEquals(present[k], allowing(() -> shared.delAttr(name), attributeError));
                        present[k] = false;
                    }
                    case 3 -> assertEquals(present[k], allowing(() -> RefCount.decref(shared.getAttr(name)), attributeError));
                    case 4 -> shared.setAttr("x", value);
                    case 5 -> {
                        allowing(() -> RefCount.decref(shared.getAttr("x")), attributeError);
                        assertEquals(present[k], shared.attrs().containsKey(name));
                    }
                    default -> {
                        RefCount.decref(shared.getAttr("__dict__"));
                        // A new instance, a new attribute name for the class's shared keys, then its death.
                        PyInstance other = new PyInstance(cls);
                        other.setAttr("b" + t + "_" + i % 100, value);
                        RefCount.decref(other);
                    }
                }
                RefCount.decref(value);
            }
            live[t] = count(present);
        });
        int expected = sum(live) + (shared.attrs().containsKey("x") ? 1 : 0);
        assertEquals(expected, shared.attrs().size());
    }

    @Test
    void aClassAndAFunctionKeepEveryThreadsAttributes() throws InterruptedException {
        PyType cls = root(PyType.newClass("Shared", PyType.OBJECT, new LinkedHashMap<>(), "t"));
        PyFunction function = root(new PyFunction(functionCode, module, new PyObject[0], new PyCell[0]));
        int names = 32;
        int[] live = new int[THREADS];
        PyType attributeError = PyExceptionTypes.ATTRIBUTE_ERROR;
        race((t, random) -> {
            boolean[] present = new boolean[names];
            for (int i = 0; i < 4000; i++) {
                int k = random.nextInt(names);
                String name = "c" + t + "_" + k;
                PyTuple value = item(t, i);
                PyObject either = i % 2 == 0 ? cls : function; // both get the same names
                switch (random.nextInt(5)) {
                    case 0, 1 -> {
                        cls.setAttr(name, value);
                        function.setAttr(name, value);
                        present[k] = true;
                    }
                    case 2 -> {
                        boolean fromClass = allowing(() -> cls.delAttr(name), attributeError);
                        boolean fromFunction = allowing(() -> function.delAttr(name), attributeError);
                        assertEquals(present[k], fromClass);
                        assertEquals(present[k], fromFunction);
                        present[k] = false;
                    }
                    case 3 -> assertEquals(present[k], allowing(() -> RefCount.decref(either.getAttr(name)), attributeError));
                    default -> {
                        cls.setAttr("shared", value);
                        function.setAttr("shared", value);
                        assertEquals(present[k], cls.lookup(name) != null);
                        RefCount.decref(function.getAttr("__dict__"));
                    }
                }
                RefCount.decref(value);
            }
            live[t] = count(present);
        });
        int expected = sum(live) + (cls.lookup("shared") != null ? 1 : 0);
        assertEquals(expected, cls.dict().size());
        PyObject attributes = function.getAttr("__dict__");
        assertEquals(expected, attributes.len());
        RefCount.decref(attributes);
    }

    // ---------------------------------------------------------------- globals

    @Test
    void globalsBoundAndReboundAtOnceKeepExactCounts() throws InterruptedException {
        Namespace globals = new Namespace();
        namespaces.add(globals);
        int each = 2000;
        race((t, random) -> {
            Namespace.Binding counter = globals.binding("counter");
            for (int i = 0; i < each; i++) {
                // STORE_GLOBAL of an existing name from every thread: each displaced value is
                // dropped by exactly one thread, so all but the last are freed.
                counter.set(item(t, i));
                globals.put("g" + t + "_" + i, item(t, i));
                PyObject seen = globals.get("g" + t + "_" + random.nextInt(i + 1));
                assertNotNull(seen);
                if (i % 100 == 0) {
                    globals.boundInDictOrder();
                }
            }
        });
        assertEquals(THREADS * each + 1, globals.boundInDictOrder().size());
    }
}
