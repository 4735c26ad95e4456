package org.gilvm.gil;

/** Where a running thread looks at its eval breaker, and so where it can give up the GIL. */
public enum SwitchAt {
    /** Loop back-edges, function entry and after calls: where CPython 3.10 and later check. */
    BACKEDGE,
    /** Between any two instructions, as CPython before 3.10 could (every "tick"). */
    INSTRUCTION
}
