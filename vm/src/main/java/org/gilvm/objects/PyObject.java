package org.gilvm.objects;

import org.gilvm.heap.HeapObject;
import org.gilvm.heap.RefCount;

/**
 * Every value a gilvm program can see. Each operation has a default that raises CPython's
 * TypeError for the type; value classes override what they support, so the dispatch loop stays
 * thin and the semantics live with the value (as in LuaJ).
 *
 * <p>Python equality and hashing are also Java's {@code equals}/{@code hashCode}, so dict keys can
 * live in Java hash maps: {@code 1}, {@code 1.0} and {@code True} are one key, as in Python.
 *
 * <p>Reference ownership (docs/refcounting.md has the whole story). Arguments of every method here
 * are borrowed: the caller keeps its references. Every {@code PyObject} a method returns is a new
 * reference that the caller owns and must store or decref; Java accessors documented as
 * "borrowed" ({@code PyList.get}, {@code PyTuple.get}, ...) are the only exceptions. A container
 * owns what it holds: storing increfs the new value first, then decrefs the old one.
 */
public abstract class PyObject extends HeapObject {
    private static final java.lang.invoke.VarHandle ID;

    static {
        try {
            ID = java.lang.invoke.MethodHandles.lookup().findVarHandle(PyObject.class, "id", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A counted object (see {@link HeapObject}). */
    protected PyObject() {
    }

    /** An object that is never counted: the scalars, which reference nothing. */
    protected PyObject(boolean immortal) {
        super(immortal);
    }

    @Override
    public final String typeName() {
        return type().name();
    }

    @Override
    public final long identity() {
        return id();
    }

    /** Assigned on first use; a compare-and-set keeps it single-valued even when threads race. */
    private volatile long id;

    /** {@code id(self)}. */
    public final long id() {
        long current = id;
        if (current == 0) {
            ID.compareAndSet(this, 0L, Identity.next());
            current = id;
        }
        return current;
    }

    public abstract PyType type();

    /** {@code repr(self)}. */
    public String repr() {
        return "<" + type().name() + " object at 0x" + Long.toHexString(Identity.of(this)) + ">";
    }

    /** {@code str(self)}; defaults to repr, as {@code object.__str__} does. */
    public String str() {
        return repr();
    }

    /** Python truthiness. */
    public boolean isTrue() {
        return true;
    }

    public PyObject getAttr(String name) {
        PyObject found = type().lookup(name);
        if (found != null) {
            return found.bindTo(this);
        }
        throw Errors.noAttribute(this, name);
    }

    public void setAttr(String name, PyObject value) {
        if (type().lookup(name) != null) {
            throw Errors.attributeError("'" + type().name() + "' object attribute '" + name + "' is read-only");
        }
        throw Errors.noAttribute(this, name);
    }

    public void delAttr(String name) {
        setAttr(name, null);
    }

    /** What a class attribute becomes when read through an instance (functions become bound methods): a new reference. */
    public PyObject bindTo(PyObject instance) {
        return RefCount.newRef(this);
    }

    /** What a class attribute becomes when read through the class itself: a new reference. */
    public PyObject bindToClass(PyType owner) {
        return RefCount.newRef(this);
    }

    public PyObject getItem(PyObject key) {
        throw Errors.typeError("'" + type().name() + "' object is not subscriptable");
    }

    public void setItem(PyObject key, PyObject value) {
        throw Errors.typeError("'" + type().name() + "' object does not support item assignment");
    }

    public void delItem(PyObject key) {
        throw Errors.typeError("'" + type().name() + "' object doesn't support item deletion");
    }

    /** {@code iter(self)}. */
    public PyObject iter() {
        throw Errors.typeError("'" + type().name() + "' object is not iterable");
    }

    /** One step of an iterator: the next value, or null when exhausted (StopIteration, without the cost). */
    public PyObject next() {
        throw Errors.typeError("'" + type().name() + "' object is not an iterator");
    }

    public int len() {
        throw Errors.typeError("object of type '" + type().name() + "' has no len()");
    }

    /** {@code item in self}. */
    public boolean contains(PyObject item) {
        PyObject it = Ops.iterOr(this, "argument of type '" + type().name() + "' is not iterable");
        // next() and == may run Python code (and an audit): what this loop holds is pinned.
        try (org.gilvm.heap.Pinned pins = org.gilvm.heap.Pinned.of(it, null)) {
            for (PyObject x = it.next(); x != null; x = it.next()) {
                pins.set(1, x);
                boolean found = x == item || Ops.eq(x, item);
                pins.set(1, null);
                RefCount.decref(x);
                if (found) {
                    return true;
                }
            }
            return false;
        } finally {
            RefCount.decref(it);
        }
    }

    /**
     * Calls this object. The arguments are {@code args[off .. off+nargs)} positionally, followed by
     * one value per keyword name in {@code kwnames} (null when there are none); the caller owns them.
     */
    public PyObject call(PyObject[] args, int off, int nargs, String[] kwnames) {
        throw Errors.typeError("'" + type().name() + "' object is not callable");
    }

    /** Python's {@code hash(self)}; unhashable types raise TypeError. */
    public long hash() {
        return Identity.of(this) >>> 4;
    }

    /** Python {@code ==} when both sides are of built-in types; instances may override via dunders. */
    public boolean pyEquals(PyObject other) {
        return this == other;
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof PyObject o && (this == o || pyEquals(o));
    }

    @Override
    public final int hashCode() {
        return Long.hashCode(hash());
    }

    @Override
    public String toString() {
        return repr();
    }
}
