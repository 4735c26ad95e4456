package org.gilvm.objects;

import org.gilvm.heap.RefCount;
import org.gilvm.heap.RefVisitor;

/**
 * The built-in descriptors a class body uses as decorators: {@code staticmethod},
 * {@code classmethod} and {@code property}. Each wraps functions (owned references) and decides
 * what reading the attribute gives ({@link PyObject#bindTo}, {@link PyObject#bindToClass}); a
 * property also decides what assigning and deleting do ({@link PyInstance#setAttr}).
 */
public final class Descriptors {
    private Descriptors() { }

    /** A wrapper around one callable: the common part of staticmethod and classmethod. */
    abstract static class Wrapper extends PyObject {
        protected PyObject function;

        Wrapper(PyObject function) {
            this.function = RefCount.newRef(function);
        }

        @Override
        public void traverse(RefVisitor v) {
            v.visit(function);
        }

        @Override
        protected void releaseReferences() {
            PyObject old = function;
            function = PyNone.NONE;
            RefCount.decref(old);
        }

        @Override
        public PyObject getAttr(String name) {
            if (name.equals("__func__")) {
                return RefCount.newRef(function);
            }
            return super.getAttr(name);
        }
    }

    public static final PyType STATICMETHOD = new PyType("staticmethod", PyType.OBJECT,
            (t, a) -> new StaticMethod(a.noKeywords().between(1, 1).get(0)));

    /** {@code staticmethod(f)}: reading it through the class or an instance gives f itself. */
    static final class StaticMethod extends Wrapper {
        StaticMethod(PyObject function) {
            super(function);
        }

        @Override
        public PyType type() {
            return STATICMETHOD;
        }

        @Override
        public PyObject bindTo(PyObject instance) {
            return RefCount.newRef(function);
        }

        @Override
        public PyObject bindToClass(PyType owner) {
            return RefCount.newRef(function);
        }

        @Override
        public PyObject call(PyObject[] args, int off, int nargs, String[] kwnames) {
            return function.call(args, off, nargs, kwnames);
        }
    }

    public static final PyType CLASSMETHOD = new PyType("classmethod", PyType.OBJECT,
            (t, a) -> new ClassMethod(a.noKeywords().between(1, 1).get(0)));

    /** A built-in type's class method ({@code bytes.fromhex}): immortal, as the type that holds it. */
    public static PyObject builtinClassMethod(PyBuiltinFunction function) {
        ClassMethod m = new ClassMethod(function);
        m.makeImmortal();
        return m;
    }

    /** {@code classmethod(f)}: reading it gives f bound to the class. */
    static final class ClassMethod extends Wrapper {
        ClassMethod(PyObject function) {
            super(function);
        }

        @Override
        public PyType type() {
            return CLASSMETHOD;
        }

        @Override
        public PyObject bindTo(PyObject instance) {
            return new PyBoundMethod(instance.type(), function);
        }

        @Override
        public PyObject bindToClass(PyType owner) {
            return new PyBoundMethod(owner, function);
        }
    }

    public static final PyType PROPERTY = new PyType("property", PyType.OBJECT, (t, a) -> {
        a.onlyKeywords("fget", "fset", "fdel", "doc");
        return new Property(a.arg(0, "fget", PyNone.NONE), a.arg(1, "fset", PyNone.NONE), a.arg(2, "fdel", PyNone.NONE));
    });

    static {
        PROPERTY.define("getter", PyBuiltinFunction.method("getter",
                (self, a) -> ((Property) self).with(a.exactlyOne().get(0), 0)));
        PROPERTY.define("setter", PyBuiltinFunction.method("setter",
                (self, a) -> ((Property) self).with(a.exactlyOne().get(0), 1)));
        PROPERTY.define("deleter", PyBuiltinFunction.method("deleter",
                (self, a) -> ((Property) self).with(a.exactlyOne().get(0), 2)));
    }

    /** {@code property(fget, fset, fdel)}: a computed attribute; it wins over the instance's own attributes. */
    public static final class Property extends PyObject {
        /** fget, fset, fdel: None when absent. */
        private final PyObject[] accessors;

        Property(PyObject fget, PyObject fset, PyObject fdel) {
            this.accessors = new PyObject[] {RefCount.newRef(fget), RefCount.newRef(fset), RefCount.newRef(fdel)};
        }

        @Override
        public PyType type() {
            return PROPERTY;
        }

        /** A copy with accessor {@code which} (0 get, 1 set, 2 delete) replaced: {@code @x.setter}. */
        PyObject with(PyObject function, int which) {
            PyObject[] a = accessors.clone();
            a[which] = function;
            return new Property(a[0], a[1], a[2]);
        }

        @Override
        public PyObject bindTo(PyObject instance) {
            if (accessors[0] == PyNone.NONE) {
                throw Errors.attributeError("property of '" + instance.type().name() + "' object has no getter");
            }
            return Call.positional(accessors[0], instance);
        }

        /** Assigning (value not null) or deleting through the property; {@code name} is for the message. */
        public void set(PyObject instance, String name, PyObject value) {
            PyObject accessor = accessors[value == null ? 2 : 1];
            if (accessor == PyNone.NONE) {
                throw Errors.attributeError("property '" + name + "' of '" + instance.type().name()
                        + "' object has no " + (value == null ? "deleter" : "setter"));
            }
            PyObject r = value == null ? Call.positional(accessor, instance) : Call.positional(accessor, instance, value);
            RefCount.decref(r);
        }

        @Override
        public PyObject getAttr(String name) {
            return switch (name) {
                case "fget" -> RefCount.newRef(accessors[0]);
                case "fset" -> RefCount.newRef(accessors[1]);
                case "fdel" -> RefCount.newRef(accessors[2]);
                default -> super.getAttr(name);
            };
        }

        @Override
        public void traverse(RefVisitor v) {
            for (PyObject a : accessors) {
                v.visit(a);
            }
        }

        @Override
        protected void releaseReferences() {
            PyObject[] old = accessors.clone();
            java.util.Arrays.fill(accessors, PyNone.NONE);
            RefCount.releaseInOrder(old, old.length);
        }
    }
}
