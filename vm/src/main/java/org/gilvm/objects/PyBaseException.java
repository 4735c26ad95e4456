package org.gilvm.objects;

import java.util.ArrayList;
import java.util.List;
import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;

/**
 * An exception object: an instance of BaseException or a subclass, with its {@code args} and the
 * traceback gathered while it propagates (innermost frame first).
 */
public class PyBaseException extends PyInstance {
    /** One line of a traceback: where a frame was when the exception passed through it. */
    public record TracebackEntry(String filename, String function, int line, String sourceLine) { }

    private PyTuple args = PyTuple.EMPTY;
    private final List<TracebackEntry> traceback = new ArrayList<>();

    public PyBaseException(PyType type) {
        super(type);
    }

    /** The args tuple (borrowed). */
    public PyTuple args() {
        return args;
    }

    /** Stores {@code args}, taking over the caller's reference (exceptions are built from new tuples). */
    public void setArgs(PyTuple args) {
        PyTuple old = this.args;
        this.args = args;
        RefCount.decref(old);
    }

    @Override
    public void traverse(RefVisitor v) {
        v.visit(args);
        super.traverse(v);
    }

    /** CPython's BaseException_clear order: the attributes, then args. */
    @Override
    protected void takeOwned(List<PyObject> into) {
        super.takeOwned(into);
        into.add(args);
        args = PyTuple.EMPTY;
    }

    public List<TracebackEntry> traceback() {
        return traceback;
    }

    @Override
    public PyObject getAttr(String name) {
        if (name.equals("args")) {
            return RefCount.newRef(args);
        }
        return super.getAttr(name);
    }

    /** {@code str(e)}: the message, or for KeyError the repr of the missing key. */
    @Override
    public String str() {
        PyObject custom = callDunder("__str__");
        RefCount.xdecref(custom);
        if (custom instanceof PyStr s) {
            return s.value();
        }
        if (args.size() == 0) {
            return "";
        }
        if (args.size() == 1) {
            PyObject only = args.get(0);
            return type().isSubtypeOf(PyExceptionTypes.KEY_ERROR) ? only.repr() : only.str();
        }
        return args.repr();
    }

    @Override
    public String repr() {
        PyObject custom = callDunder("__repr__");
        RefCount.xdecref(custom);
        if (custom instanceof PyStr s) {
            return s.value();
        }
        return type().name() + (args.size() == 1 ? "(" + args.get(0).repr() + ")" : args.repr());
    }
}
