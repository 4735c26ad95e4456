package org.gilvm.interp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * HotSpot does not compile a method of more than 8,000 bytes of bytecode (HugeMethodLimit), and
 * an interpreted dispatch loop is many times slower: Interpreter.execute must stay under it.
 * Measured with javap, as DESIGN.md says to.
 */
class DispatchLoopSizeTest {
    private static final int HUGE_METHOD_LIMIT = 8000;

    @Test
    void executeIsSmallEnoughForTheJit() throws Exception {
        ToolProvider javap = ToolProvider.findFirst("javap").orElse(null);
        Assumptions.assumeTrue(javap != null, "javap is not available");
        Path classes = Path.of(Interpreter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        StringWriter out = new StringWriter();
        javap.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-c", "-p", "-cp", classes.toString(),
                Interpreter.class.getName());
        String text = out.toString();
        int start = text.indexOf(" execute(org.gilvm.interp.ThreadState, org.gilvm.interp.Frame);");
        assertTrue(start >= 0, "execute not found");
        int end = text.indexOf("Exception table:", start);
        Matcher m = Pattern.compile("(?m)^\\s+(\\d+): ").matcher(text.substring(start, end));
        int last = 0;
        while (m.find()) {
            last = Integer.parseInt(m.group(1));
        }
        assertTrue(last > 1000, "javap's output was not understood");
        assertTrue(last < HUGE_METHOD_LIMIT - 16, "Interpreter.execute has grown to about " + last + " bytes of bytecode");
    }
}
