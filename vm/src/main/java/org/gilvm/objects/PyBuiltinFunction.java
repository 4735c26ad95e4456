package org.gilvm.objects;

import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;

/**
 * A function written in Java: a built-in like {@code len}, or a method of a built-in type like
 * {@code list.append} (then the receiver is the first argument).
 */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = new PyType("builtin_function_or_method", PyType.OBJECT,
            (PyType.Constructor) null);

    @FunctionalInterface
    public interface Body {
        PyObject call(Args args);
    }

    /** A method's body: the receiver, and the arguments after it. */
    @FunctionalInterface
    public interface MethodBody {
        PyObject call(PyObject self, Args args);
    }

    private final String name;
    private final Body body;
    private final MethodBody method;
    private final PyObject self;

    private PyBuiltinFunction(String name, Body body, MethodBody method, PyObject self) {
        this.name = name;
        this.body = body;
        this.method = method;
        this.self = self;
        if (self == null) {
            // Built-in functions and unbound methods belong to the VM: immortal, like CPython's.
            makeImmortal();
        } else {
            RefCount.incref(self);
        }
    }

    public static PyBuiltinFunction function(String name, Body body) {
        return new PyBuiltinFunction(name, body, null, null);
    }

    /** An unbound method of a built-in type; reading it through an instance binds it. */
    public static PyBuiltinFunction method(String name, MethodBody body) {
        return new PyBuiltinFunction(name, null, body, null);
    }

    /** A method body that receives its receiver as the built-in type's own Java class. */
    public interface TypedBody<T extends PyObject> {
        PyObject call(T self, Args args);
    }

    /** Defines {@code type.name}, a method whose receiver is always a {@code receiver}; it lives as long as the type. */
    public static <T extends PyObject> void define(PyType type, Class<T> receiver, String name, TypedBody<T> body) {
        PyBuiltinFunction f = method(name, (self, a) -> body.call(receiver.cast(self), a));
        f.makeImmortal();
        type.define(name, f);
    }

    @Override
    public void traverse(RefVisitor v) {
        if (self != null) {
            v.visit(self);
        }
    }

    @Override
    protected void releaseReferences() {
        if (self != null && !released) {
            released = true;
            RefCount.decref(self);
        }
    }

    private boolean released;

    public String name() {
        return name;
    }

    public boolean isUnboundMethod() {
        return method != null && self == null;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject bindTo(PyObject instance) {
        return method != null && self == null ? new PyBuiltinFunction(name, null, method, instance)
                : RefCount.newRef(this);
    }

    @Override
    public PyObject call(PyObject[] args, int off, int nargs, String[] kwnames) {
        if (body != null) {
            return body.call(new Args(name, args, off, nargs, kwnames));
        }
        if (self != null) {
            return invoke(self, new Args(name, args, off, nargs, kwnames));
        }
        if (nargs == 0) {
            throw Errors.typeError("unbound method " + name + "() needs an argument");
        }
        return invoke(args[off], new Args(name, args, off + 1, nargs - 1, kwnames));
    }

    /** Calls an unbound method with its receiver given apart (the LOAD_METHOD path: no binding made). */
    public PyObject callMethod(PyObject receiver, PyObject[] args, int off, int nargs, String[] kwnames) {
        return invoke(receiver, new Args(name, args, off, nargs, kwnames));
    }

    /**
     * Runs the method. Without the GIL, a method of a list, dict or set runs inside a critical
     * section over its receiver and its list, dict and set arguments, as CPython's
     * {@code @critical_section} methods do: {@code list.remove}'s search and removal,
     * {@code dict.setdefault}'s lookup and store, {@code s.symmetric_difference(t)} are each one step.
     */
    private PyObject invoke(PyObject receiver, Args args) {
        try (CriticalSection cs = CriticalSection.enterMethod(receiver, args)) {
            return method.call(receiver, args);
        }
    }

    @Override
    public PyObject getAttr(String attr) {
        return switch (attr) {
            case "__name__" -> PyStr.of(name);
            default -> super.getAttr(attr);
        };
    }

    @Override
    public String repr() {
        if (self != null) {
            return "<built-in method " + name + " of " + self.type().name() + " object at 0x"
                    + Long.toHexString(self.id()) + ">";
        }
        return "<built-in function " + name + ">";
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return other instanceof PyBuiltinFunction f && f.name.equals(name) && f.method == method && f.body == body
                && f.self == self;
    }

    @Override
    public long hash() {
        return name.hashCode() ^ (self == null ? 0 : self.hash());
    }
}
