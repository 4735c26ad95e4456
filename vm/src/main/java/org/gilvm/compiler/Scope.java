package org.gilvm.compiler;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the compiler knows about the names of one module, function or class body: which are local,
 * which are global, and which live in cells because nested functions share them.
 */
final class Scope {
    enum Kind { MODULE, FUNCTION, CLASS }

    /** How a name is read and written in this scope. */
    enum Access { FAST, DEREF, GLOBAL, NAME }

    final Kind kind;
    final String name;
    final String qualname;
    final Scope parent;
    final List<String> params = new ArrayList<>();
    final Set<String> assigned = new LinkedHashSet<>();
    final Set<String> used = new LinkedHashSet<>();
    /** Every name read or written here, in order of first mention. */
    final Set<String> mentioned = new LinkedHashSet<>();
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();
    final List<Scope> children = new ArrayList<>();
    /** A function whose body yields (or a generator expression): calling it makes a generator. */
    boolean generator;
    /**
     * An {@code async def}, or a comprehension that awaits or has an {@code async for} clause:
     * calling it makes a coroutine, or, with {@link #generator}, an async generator.
     */
    boolean coroutine;
    /** The function of a list, set or dict comprehension or a generator expression. */
    boolean comprehension;

    // Results of Symtable.analyze.
    final Set<String> locals = new LinkedHashSet<>();
    final Set<String> cells = new LinkedHashSet<>();
    final Set<String> frees = new LinkedHashSet<>();

    Scope(Kind kind, String name, String qualname, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.qualname = qualname;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    Access access(String id) {
        switch (kind) {
            case MODULE:
                return Access.GLOBAL;
            case FUNCTION:
                if (globals.contains(id)) {
                    return Access.GLOBAL;
                }
                if (cells.contains(id) || frees.contains(id)) {
                    return Access.DEREF;
                }
                return locals.contains(id) ? Access.FAST : Access.GLOBAL;
            default:
                if (globals.contains(id)) {
                    return Access.GLOBAL;
                }
                if (frees.contains(id) && !assigned.contains(id)) {
                    return Access.DEREF;
                }
                return Access.NAME;
        }
    }

    /** The prefix for the qualified names of functions and classes defined in this scope. */
    String childQualnamePrefix() {
        return switch (kind) {
            case MODULE -> "";
            case FUNCTION -> qualname + ".<locals>.";
            case CLASS -> qualname + ".";
        };
    }
}
