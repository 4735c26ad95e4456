package org.gilvm.interp;

import org.gilvm.bytecode.Code;
import org.gilvm.heap.Site;

/**
 * The warnings gilvm issues, printed as CPython's {@code warnings} module prints them (there is
 * no {@code warnings} module and no filters: each is shown once per place, CPython's default).
 *
 * <p>{@code RuntimeWarning: coroutine 'f' was never awaited} is printed when a coroutine that
 * was never started dies, at the moment its count reaches zero, which gilvm knows exactly. The
 * first two lines are CPython's: where the program was when it died (the innermost frame still
 * running, as CPython, which unlinks a returning frame before its locals die), and that line of
 * source. Then, where CPython says "Enable tracemalloc to get the object allocation traceback",
 * gilvm says where the coroutine was made, in the words of {@code python3 -X tracemalloc}: the
 * allocation site every counted object carries. At exit, with no frame left, CPython's fallback
 * prints one line, {@code sys:1: RuntimeWarning: ...}, and so does gilvm.
 */
final class Warnings {
    private Warnings() { }

    static void coroutineNeverAwaited(PyCoroutine coroutine) {
        ThreadState ts = ThreadState.current();
        String text = "coroutine '" + coroutine.qualname() + "' was never awaited";
        Frame f = ts.frame;
        while (f != null && f.returning) {
            f = f.back;
        }
        if (f == null) {
            ts.vm.warnOnce("sys", 1, text, "sys:1: RuntimeWarning: " + text + "\n");
            return;
        }
        int line = f.line();
        StringBuilder sb = new StringBuilder();
        sb.append(f.code.filename()).append(':').append(line).append(": RuntimeWarning: ").append(text).append('\n');
        appendSource(sb, "  ", f.code, line);
        Site made = coroutine.allocationCode();
        if (made != null) {
            int madeAt = made.lineAt(coroutine.allocationPc());
            sb.append("Object allocated at (most recent call last):\n");
            sb.append("  File \"").append(made.filename()).append("\", lineno ").append(madeAt).append('\n');
            if (made instanceof Code c) {
                appendSource(sb, "    ", c, madeAt);
            }
        }
        ts.vm.warnOnce(f.module.name(), line, text, sb.toString());
    }

    /** As {@code linecache}: the line stripped, when the file has it. */
    private static void appendSource(StringBuilder sb, String indent, Code code, int line) {
        String source = code.source.line(line);
        if (source != null) {
            sb.append(indent).append(source.strip()).append('\n');
        }
    }
}
