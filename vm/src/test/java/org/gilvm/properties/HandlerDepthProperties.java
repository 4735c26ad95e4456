package org.gilvm.properties;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gilvm.Corpus;
import org.gilvm.bytecode.Code;
import org.gilvm.bytecode.Opcode;
import org.gilvm.bytecode.Source;
import org.gilvm.compiler.Compiler;
import org.gilvm.objects.PyObject;

/**
 * The compiler's exception table: every handler pops the stack back to the depth its {@code try}
 * (or {@code with}) statement starts at. That is the least depth of the instructions that run under
 * its protection: those it covers, and those covered by the handlers of the statements nested in
 * its block. Not of those it covers alone: in {@code try: (try: raise E / except
 * E: raise) / except E: pass} the outer handler covers only instructions that run while the inner
 * one handles, one deeper. The depths are worked out here independently of the compiler's own
 * pass, and every edge of the flow graph (fall-through, jump, handler) is checked to agree. (A
 * {@code with} block's handler keeps {@code __exit__} but not the result of {@code __enter__}, on
 * the stack at the first instruction it covers.)
 */
class HandlerDepthProperties {

    @Provide
    Arbitrary<RefcountPrograms.Program> programs() {
        return RefcountPrograms.programs();
    }

    @Property(tries = 1000)
    void everyHandlerDepthIsTheLeastDepthItCovers(@ForAll("programs") RefcountPrograms.Program program) {
        check(program.source());
    }

    @Example
    void conformanceCorpus() throws IOException {
        for (Path p : Corpus.programs("conformance")) {
            check(Corpus.read(p));
        }
    }

    /** Shapes whose first covered instruction, in a walk of the code, is not where the try starts. */
    @Example
    void nestedTryShapes() {
        check("""
                class CM:
                    def __enter__(self):
                        return self
                    def __exit__(self, *a):
                        return False
                for i in range(2):
                    if i == 1:
                        continue
                    with CM(), CM() as c:
                        break
                """);
        check("""
                try:
                    try:
                        raise KeyError
                    finally:
                        pass
                except KeyError:
                    pass
                """);
        check("""
                def f():
                    try:
                        raise ValueError
                    except ValueError:
                        raise KeyError
                    finally:
                        try:
                            raise TypeError
                        except TypeError:
                            pass
                """);
        check("""
                for i in range(3):
                    try:
                        try:
                            continue
                        finally:
                            pass
                    except Exception:
                        pass
                """);
        check("""
                class CM:
                    def __enter__(self):
                        return self
                    def __exit__(self, *a):
                        return True
                def f(x):
                    with CM() as c, CM():
                        try:
                            return x
                        finally:
                            with CM():
                                raise ValueError
                """);
        check("""
                def f():
                    for i in range(2):
                        try:
                            return [i]
                        finally:
                            break
                    for i in range(2):
                        try:
                            try:
                                return [i]
                            finally:
                                continue
                        except KeyError as e:
                            return e
                    try:
                        return 1
                    finally:
                        return 2
                """);
        check("""
                for i in range(2):
                    try:
                        raise KeyError
                    except KeyError as e:
                        break
                    finally:
                        pass
                """);
        check("""
                for i in range(3):
                    try:
                        if i == 0:
                            continue
                        if i == 1:
                            break
                    except ValueError:
                        pass
                """);
    }

    static void check(String source) {
        Code code = Compiler.compileModule(new Source("prog.py", source));
        List<String> problems = new ArrayList<>();
        check(code, problems);
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems) + "\n--- program ---\n" + source);
        }
    }

    private static void check(Code code, List<String> problems) {
        int n = code.code.length;
        int handlers = code.handlers.target().length;
        // The try statements each handler's block is nested in, innermost first. A handler's code
        // (from its target) is covered either by its own statement's cleanup handler, one that
        // starts covering right there (an except clause's or finally's), or by the handler of a try
        // statement around it; through a cleanup handler, what is around is what is around that.
        int[] first = new int[handlers];
        Arrays.fill(first, -1);
        for (int pc = n - 1; pc >= 0; pc--) {
            if (code.handlers.at(pc) >= 0) {
                first[code.handlers.at(pc)] = pc;
            }
        }
        // A with block's handler (its code calls __exit__: WITH_EXCEPT_START) keeps __exit__ but not
        // the result of __enter__, which the first instruction it covers takes off the stack: that
        // instruction counts one less.
        boolean[] withBlock = new boolean[handlers];
        for (int h = 0; h < handlers; h++) {
            int t = code.handlers.target()[h];
            withBlock[h] = t + 1 < n && Opcode.opOf(code.code[t + 1]) == Opcode.WITH_EXCEPT_START;
        }
        List<List<Integer>> around = new ArrayList<>();
        for (int h = 0; h < handlers; h++) {
            List<Integer> chain = new ArrayList<>();
            chain.add(h);
            int x = h;
            for (int steps = 0; x >= 0 && steps <= handlers; steps++) {
                int t = code.handlers.target()[x];
                x = code.handlers.at(t);
                if (x >= 0 && first[x] != t) {
                    chain.add(x);
                }
            }
            if (x >= 0) {
                problems.add(code.qualname + ": the handlers around handler " + h + " go round in a circle");
            }
            around.add(chain);
        }
        // The least depth of every reachable instruction; every handler's target reached at the least
        // depth of what runs under its protection (what it covers, and what the handlers nested in
        // it cover), plus the exception.
        int[] least = new int[handlers];
        Arrays.fill(least, Integer.MAX_VALUE);
        int[] depthAt = new int[n];
        Arrays.fill(depthAt, Integer.MAX_VALUE);
        Deque<int[]> work = new ArrayDeque<>();
        work.push(new int[] {0, 0});
        while (!work.isEmpty()) {
            int[] w = work.pop();
            int pc = w[0];
            int d = w[1];
            while (pc < n && d < depthAt[pc]) {
                if (d < 0) {
                    problems.add(code.qualname + ": negative stack depth at " + pc);
                    break;
                }
                depthAt[pc] = d;
                int h = code.handlers.at(pc);
                if (h >= 0) {
                    for (int x : around.get(h)) {
                        int under = withBlock[x] && pc == first[x] ? d - 1 : d;
                        if (under < least[x]) {
                            least[x] = under;
                            work.push(new int[] {code.handlers.target()[x], under + 1});
                        }
                    }
                }
                int op = Opcode.opOf(code.code[pc]);
                int arg = Opcode.argOf(code.code[pc]);
                if (Opcode.isJump(op)) {
                    work.push(new int[] {arg, d + Opcode.jumpStackEffect(op, arg)});
                }
                if (Opcode.isUnconditional(op)) {
                    break;
                }
                d += Opcode.stackEffect(op, arg);
                pc++;
            }
        }
        for (int h = 0; h < handlers; h++) {
            if (least[h] != Integer.MAX_VALUE && least[h] != code.handlers.depth()[h]) {
                problems.add(code.qualname + ": handler " + h + " (to " + code.handlers.target()[h] + ") has depth "
                        + code.handlers.depth()[h] + ", but the least depth under its protection is " + least[h]);
            }
        }
        // Every way into an instruction agrees on its depth.
        for (int pc = 0; pc < n; pc++) {
            if (depthAt[pc] == Integer.MAX_VALUE) {
                continue;
            }
            int op = Opcode.opOf(code.code[pc]);
            int arg = Opcode.argOf(code.code[pc]);
            if (!Opcode.isUnconditional(op) && pc + 1 < n) {
                agree(code, problems, pc, pc + 1, depthAt[pc] + Opcode.stackEffect(op, arg), depthAt);
            }
            if (Opcode.isJump(op)) {
                agree(code, problems, pc, arg, depthAt[pc] + Opcode.jumpStackEffect(op, arg), depthAt);
            }
            int h = code.handlers.at(pc);
            if (h >= 0) {
                agree(code, problems, pc, code.handlers.target()[h], least[h] + 1, depthAt);
            }
        }
        for (PyObject c : code.consts) {
            if (c instanceof Code sub) {
                check(sub, problems);
            }
        }
    }

    private static void agree(Code code, List<String> problems, int from, int to, int depth, int[] depthAt) {
        if (to < depthAt.length && depthAt[to] != depth) {
            problems.add(code.qualname + ": instruction " + to + " is reached from " + from + " at depth " + depth
                    + " and elsewhere at " + depthAt[to]);
        }
    }
}
