package org.gilvm;

import java.io.StringWriter;
import java.util.List;
import org.gilvm.bytecode.Source;
import org.gilvm.heap.Audit;
import org.gilvm.interp.Vm;

/** Runs a program in a fresh VM inside the test JVM and captures what a user would see. */
public final class Gilvm {
    private Gilvm() { }

    /**
     * What a run printed and returned, and what its heap knew at exit: every audit it made (the
     * periodic ones, then the one at exit when asked for), and its allocation counters.
     */
    public record Result(String out, String err, int status, List<Audit.Report> audits, long allocated,
                         long freed, long useAfterFree) {
        public long liveAtExit() {
            return allocated - freed;
        }
    }

    public static Result run(String filename, String source) {
        return run(filename, source, Vm.Options.defaults());
    }

    public static Result run(String filename, String source, Vm.Options options) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Vm vm = new Vm(out, err, List.of(filename), options);
        int status = vm.runMain(new Source(filename, source));
        return new Result(out.toString(), err.toString(), status, List.copyOf(vm.audits()),
                vm.heap().allocated(), vm.heap().freed(), vm.heap().useAfterFreeEvents());
    }
}
