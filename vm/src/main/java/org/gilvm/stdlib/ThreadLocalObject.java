package org.gilvm.stdlib;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;
import org.gilvm.objects.Descriptors;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyType;

/**
 * {@code threading.local} ({@code _thread._local}): an object whose attributes are different in
 * every thread. It owns a reference to every value in every thread's attributes, and to its class.
 *
 * <p>Unlike CPython, a thread's attributes are dropped when the object dies, not when the thread
 * ends, and a subclass's {@code __init__} runs once (in the creating thread), not again in each
 * thread that first touches the object.
 */
final class ThreadLocalObject extends PyObject {
    static final PyType TYPE = new PyType("_local", "_thread", PyType.OBJECT, (t, a) -> {
        if (t.isBuiltin() && (a.size() > 0 || a.kwSize() > 0)) {
            throw Errors.typeError("Initialization arguments are not supported");
        }
        return new ThreadLocalObject(t);
    });

    private final PyType cls;
    /** Guarded by this object: another thread may add its own attributes at any time. */
    private final Map<Thread, Map<String, PyObject>> perThread = new IdentityHashMap<>();

    private ThreadLocalObject(PyType cls) {
        this.cls = cls;
        RefCount.incref(cls);
    }

    @Override
    public PyType type() {
        return cls;
    }

    private synchronized Map<String, PyObject> mine(boolean create) {
        Map<String, PyObject> m = perThread.get(Thread.currentThread());
        if (m == null && create) {
            m = new LinkedHashMap<>();
            perThread.put(Thread.currentThread(), m);
        }
        return m;
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject declared = cls.isBuiltin() ? null : cls.lookup(name);
        if (declared instanceof Descriptors.Property p) {
            return p.bindTo(this);
        }
        Map<String, PyObject> m = mine(false);
        PyObject own = m == null ? null : m.get(name);
        if (own != null) {
            return RefCount.newRef(own);
        }
        if (name.equals("__class__")) {
            return RefCount.newRef(cls);
        }
        PyObject found = cls.lookup(name);
        if (found != null) {
            return found.bindTo(this);
        }
        throw Errors.attributeError("'" + cls.displayName()
                + "' object has no attribute '" + name + "'");
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if (!cls.isBuiltin() && cls.lookup(name) instanceof Descriptors.Property p) {
            p.set(this, name, value);
            return;
        }
        Map<String, PyObject> m = mine(true);
        PyObject old;
        if (value == null) {
            old = m.remove(name);
            if (old == null) {
                throw Errors.attributeError("'" + cls.displayName() + "' object has no attribute '" + name + "'");
            }
        } else {
            RefCount.incref(value);
            old = m.put(name, value);
        }
        RefCount.xdecref(old);
    }

    @Override
    public synchronized void traverse(RefVisitor v) {
        for (Map<String, PyObject> m : perThread.values()) {
            for (PyObject value : m.values()) {
                v.visit(value);
            }
        }
        v.visit(cls);
    }

    @Override
    protected void releaseReferences() {
        List<PyObject> refs = new ArrayList<>();
        synchronized (this) {
            for (Map<String, PyObject> m : perThread.values()) {
                refs.addAll(m.values());
            }
            perThread.clear();
        }
        refs.add(cls);
        RefCount.releaseInOrder(refs.toArray(new PyObject[0]), refs.size());
    }
}
