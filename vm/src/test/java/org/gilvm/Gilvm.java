package org.gilvm;

import java.io.StringWriter;
import java.util.List;
import org.gilvm.bytecode.Source;
import org.gilvm.interp.Vm;

/** Runs a program in a fresh VM inside the test JVM and captures what a user would see. */
public final class Gilvm {
    private Gilvm() { }

    public record Result(String out, String err, int status) { }

    public static Result run(String filename, String source) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new Vm(out, err, List.of(filename)).runMain(new Source(filename, source));
        return new Result(out.toString(), err.toString(), status);
    }
}
