package org.gilvm.gil;

/**
 * The program is over while this thread was still in it (a deadlock was reported, or another
 * thread crashed): it unwinds the thread without running Python handlers, as a thread of a dying
 * CPython process never runs another instruction. An Error, so no {@code except} catches it.
 */
public final class Aborted extends Error {
    public Aborted() {
        super("the program was aborted", null, false, false);
    }
}
