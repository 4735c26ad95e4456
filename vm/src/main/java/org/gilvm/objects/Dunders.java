package org.gilvm.objects;

import org.gilvm.ast.BinaryOperator;
import org.gilvm.ast.CompareOperator;
import org.gilvm.heap.RefCount;

/**
 * Operators on instances of classes a program defines, through their special methods, with
 * CPython's order of attempts: {@code a.__add__(b)}, then {@code b.__radd__(a)}; for {@code +=}
 * first {@code a.__iadd__(b)}; for comparisons {@code a.__lt__(b)}, then the reflection
 * {@code b.__gt__(a)}. A method that returns {@code NotImplemented} passes the turn. Every result is
 * a new reference.
 */
public final class Dunders {
    private Dunders() { }

    /** The method names of BINARY_OP's operators, by {@link BinaryOperator} ordinal. */
    private static final String[] BINARY = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow",
        "rshift", "sub", "truediv", "xor"};
    /** The rich comparisons, by {@link CompareOperator} ordinal (LT .. GE). */
    private static final String[] COMPARE = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    /** {@code a op b} by special methods, or null when neither operand implements it. */
    static PyObject binary(BinaryOperator op, PyObject a, PyObject b, boolean inplace) {
        String name = BINARY[op.ordinal()];
        if (inplace) {
            PyObject r = tryMethod(a, "__i" + name + "__", b);
            if (r != null) {
                return r;
            }
        }
        PyObject r = tryMethod(a, "__" + name + "__", b);
        if (r == null && a.type() != b.type()) {
            r = tryMethod(b, "__r" + name + "__", a);
        }
        return r;
    }

    /** {@code divmod(a, b)} by {@code __divmod__} or the reflected {@code __rdivmod__}, or null. */
    public static PyObject divmod(PyObject a, PyObject b) {
        PyObject r = tryMethod(a, "__divmod__", b);
        if (r == null && a.type() != b.type()) {
            r = tryMethod(b, "__rdivmod__", a);
        }
        return r;
    }

    /** A rich comparison by special methods, or null when neither operand implements it. */
    static PyObject compare(CompareOperator op, PyObject a, PyObject b) {
        PyObject r = tryMethod(a, COMPARE[op.ordinal()], b);
        if (r == null) {
            r = tryMethod(b, COMPARE[op.reflected().ordinal()], a);
        }
        if (r == null && op == CompareOperator.NE) {
            // object.__ne__ inverts __eq__ when a class defines only __eq__.
            PyObject eq = compare(CompareOperator.EQ, a, b);
            if (eq != null) {
                boolean truth = eq.isTrue();
                RefCount.decref(eq);
                return PyBool.of(!truth);
            }
        }
        return r;
    }

    /** {@code self.name(arg)} if the class of self defines it and it does not return NotImplemented. */
    private static PyObject tryMethod(PyObject self, String name, PyObject arg) {
        PyObject method = method(self, name);
        if (method == null) {
            return null;
        }
        PyObject r = Call.withSelf(method, self, new PyObject[] {arg}, 0, 1, null);
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            return null;
        }
        return r;
    }

    /** The special method {@code name} of a program-defined class (borrowed), or null. */
    static PyObject method(PyObject self, String name) {
        if (!(self instanceof PyInstance)) {
            return null;
        }
        PyType cls = self.type();
        if (cls.isBuiltin()) {
            return null;
        }
        PyObject m = cls.lookup(name);
        return m instanceof PyFunction ? m : null;
    }

    /** Calls special method {@code name} with the arguments; null when the class does not define it. */
    public static PyObject call(PyObject self, String name, PyObject... args) {
        PyObject method = method(self, name);
        return method == null ? null : Call.withSelf(method, self, args, 0, args.length, null);
    }
}
