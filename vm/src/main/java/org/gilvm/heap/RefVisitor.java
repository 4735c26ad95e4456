package org.gilvm.heap;

/** Receives the references an object owns, one call per reference (so a list holding x twice calls twice). */
@FunctionalInterface
public interface RefVisitor {
    void visit(HeapObject referent);
}
