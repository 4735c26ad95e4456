package org.gilvm.heap;

/** Where code runs, for reports: a code object maps an instruction index to a file and a line. */
public interface Site {
    String filename();

    int lineAt(int pc);

    /** "file:line" of instruction {@code pc} of {@code site}; "?" when the VM made the object itself. */
    static String format(Site site, int pc) {
        return site == null ? "(made by gilvm)" : site.filename() + ":" + site.lineAt(pc);
    }
}
