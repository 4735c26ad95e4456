package org.gilvm.objects;

import org.gilvm.interp.PyException;

/** Factories for the exceptions the runtime raises, with CPython's messages. */
public final class Errors {
    private Errors() { }

    public static PyException raise(PyType type, String message) {
        return new PyException(PyExceptionTypes.make(type, message));
    }

    /** ImportError or ModuleNotFoundError about module {@code name} (its {@code name} attribute). */
    public static PyException importError(PyType type, String message, String name) {
        PyBaseException e = PyExceptionTypes.make(type, message);
        e.setAttr("name", PyStr.of(name));
        return new PyException(e);
    }

    public static PyException typeError(String message) {
        return raise(PyExceptionTypes.TYPE_ERROR, message);
    }

    public static PyException valueError(String message) {
        return raise(PyExceptionTypes.VALUE_ERROR, message);
    }

    public static PyException indexError(String message) {
        return raise(PyExceptionTypes.INDEX_ERROR, message);
    }

    public static PyException attributeError(String message) {
        return raise(PyExceptionTypes.ATTRIBUTE_ERROR, message);
    }

    public static PyException zeroDivision(String message) {
        return raise(PyExceptionTypes.ZERO_DIVISION_ERROR, message);
    }

    public static PyException overflow(String message) {
        return raise(PyExceptionTypes.OVERFLOW_ERROR, message);
    }

    public static PyException nameError(String name) {
        return raise(PyExceptionTypes.NAME_ERROR, "name '" + name + "' is not defined");
    }

    public static PyException keyError(PyObject key) {
        PyTuple args = PyTuple.of(key); // before the exception, as CPython's _PyErr_SetKeyError
        PyBaseException e = new PyBaseException(PyExceptionTypes.KEY_ERROR);
        e.setArgs(args);
        return new PyException(e);
    }

    public static PyException noAttribute(PyObject target, String name) {
        if (target instanceof PyModule m) {
            return attributeError("module '" + m.name() + "' has no attribute '" + name + "'");
        }
        return attributeError("'" + target.type().name() + "' object has no attribute '" + name + "'");
    }

    public static PyException unhashable(PyObject o) {
        return typeError("unhashable type: '" + o.type().name() + "'");
    }

    /** {@code unsupported operand type(s) for +: 'int' and 'str'}. */
    public static PyException unsupportedOperands(String op, PyObject a, PyObject b) {
        return typeError("unsupported operand type(s) for " + op + ": '" + a.type().name() + "' and '"
                + b.type().name() + "'");
    }
}
