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
    /** {@code __context__}: the exception being handled when this one was raised; owned, or null. */
    private PyBaseException context;
    /** {@code __cause__}: set by {@code raise ... from}; owned, or null. */
    private PyBaseException cause;
    /** {@code __suppress_context__}: {@code raise ... from} hides the context in tracebacks. */
    private boolean suppressContext;
    /**
     * What the frames this exception left still held (locals, cells, stack), innermost frame first.
     * In CPython the traceback keeps those frames, and so their locals, alive until the exception
     * dies; here the exception keeps the references themselves. Owned.
     */
    private final List<PyObject[]> keptFrames = new ArrayList<>();

    /** The exception leaves a frame: it takes over the frame's references (as CPython's traceback keeps the frame). */
    public void keepFrameReferences(PyObject[] refs) {
        if (refs.length > 0) {
            keptFrames.add(refs);
        }
    }

    /** For a SyntaxError raised by an import: where it is, as printed above the message; else null. */
    private String syntaxLocation;

    /** For an OSError about a file: its name (then str() is "[Errno 2] No such file or directory: 'x'"); else null. */
    private String osErrorFilename;

    public void setOsErrorFilename(String filename) {
        this.osErrorFilename = filename;
    }

    public String syntaxLocation() {
        return syntaxLocation;
    }

    public void setSyntaxLocation(String location) {
        this.syntaxLocation = location;
    }

    public PyBaseException context() {
        return context;
    }

    public PyBaseException cause() {
        return cause;
    }

    public boolean suppressContext() {
        return suppressContext;
    }

    /** Sets {@code __context__} (a new reference is taken), unless that would make a cycle of contexts. */
    public void setContext(PyBaseException handled) {
        for (PyBaseException e = handled; e != null; e = e.context) {
            if (e == this) {
                return;
            }
        }
        PyBaseException old = context;
        context = RefCount.newRef(handled);
        RefCount.xdecref(old);
    }

    /** {@code raise self from newCause}: newCause may be null ({@code from None}); a new reference is taken. */
    public void setCause(PyBaseException newCause) {
        PyBaseException old = cause;
        cause = newCause;
        RefCount.xincref(newCause);
        suppressContext = true;
        RefCount.xdecref(old);
    }

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
        for (PyObject[] frame : keptFrames) {
            for (PyObject o : frame) {
                v.visit(o);
            }
        }
        v.visit(args);
        if (context != null) {
            v.visit(context);
        }
        if (cause != null) {
            v.visit(cause);
        }
        super.traverse(v);
    }

    /** CPython's BaseException_clear order: the attributes, args, the traceback's frames, cause, context. */
    @Override
    protected void takeOwned(List<PyObject> into) {
        super.takeOwned(into);
        into.add(args);
        args = PyTuple.EMPTY;
        for (PyObject[] frame : keptFrames) {
            java.util.Collections.addAll(into, frame);
        }
        keptFrames.clear();
        if (cause != null) {
            into.add(cause);
            cause = null;
        }
        if (context != null) {
            into.add(context);
            context = null;
        }
    }

    public List<TracebackEntry> traceback() {
        return traceback;
    }

    @Override
    public PyObject getAttr(String name) {
        if (name.equals("args")) {
            return RefCount.newRef(args);
        }
        if (name.equals("__context__")) {
            return context == null ? PyNone.NONE : RefCount.newRef(context);
        }
        if (name.equals("__cause__")) {
            return cause == null ? PyNone.NONE : RefCount.newRef(cause);
        }
        if (name.equals("code") && type().isSubtypeOf(PyExceptionTypes.SYSTEM_EXIT)) {
            return RefCount.newRef(args.size() == 0 ? PyNone.NONE : args.size() == 1 ? args.get(0) : args);
        }
        if ((name.equals("name") || name.equals("path")) && type().isSubtypeOf(PyExceptionTypes.IMPORT_ERROR)
                && attrs().get(name) == null) {
            return PyNone.NONE;
        }
        if (name.equals("value") && type().isSubtypeOf(PyExceptionTypes.STOP_ITERATION)) {
            return RefCount.newRef(args.size() > 0 ? args.get(0) : PyNone.NONE);
        }
        if (osErrorFilename != null && args.size() == 2) {
            switch (name) {
                case "errno": return RefCount.newRef(args.get(0));
                case "strerror": return RefCount.newRef(args.get(1));
                case "filename": return PyStr.of(osErrorFilename);
                default: break;
            }
        }
        if (name.equals("__suppress_context__")) {
            return PyBool.of(suppressContext);
        }
        return super.getAttr(name);
    }

    /** {@code e.__cause__ = c}, {@code e.__context__ = c}, {@code e.__suppress_context__ = b}, {@code e.args = t}. */
    @Override
    public void setAttr(String name, PyObject value) {
        switch (name) {
            case "__cause__", "__context__" -> {
                if (value == null || !(value == PyNone.NONE || value instanceof PyBaseException)) {
                    throw Errors.typeError("exception " + (name.equals("__cause__") ? "cause" : "context")
                            + " must be None or derive from BaseException");
                }
                PyBaseException e = value == PyNone.NONE ? null : (PyBaseException) value;
                if (name.equals("__cause__")) {
                    setCause(e);
                } else {
                    PyBaseException old = context;
                    context = e;
                    RefCount.xincref(e);
                    RefCount.xdecref(old);
                }
            }
            case "__suppress_context__" -> suppressContext = value != null && value.isTrue();
            case "args" -> setArgs(value instanceof PyTuple t ? RefCount.newRef(t) : PyTuple.fromIterable(value));
            default -> super.setAttr(name, value);
        }
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
        if (osErrorFilename != null && args.size() == 2) {
            return "[Errno " + args.get(0).str() + "] " + args.get(1).str() + ": " + PyStr.of(osErrorFilename).repr();
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
