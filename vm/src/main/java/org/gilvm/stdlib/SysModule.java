package org.gilvm.stdlib;

import org.gilvm.heap.RefCount;
import org.gilvm.interp.PyException;
import org.gilvm.interp.Vm;
import org.gilvm.objects.Errors;
import org.gilvm.objects.Ops;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyExceptionTypes;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;

/**
 * {@code sys}: argv, exit, the recursion limit, getrefcount, and the interpreter's identity.
 *
 * <p>The module is made on first import, while a program thread runs, so what it builds would be
 * counted: it makes those objects immortal instead, since they live as long as the VM.
 */
final class SysModule {
    private SysModule() { }

    static PyModule create(Vm vm) {
        PyModule m = new PyModule("sys");
        PyObject[] argv = vm.argv().stream().map(PyStr::of).toArray(PyObject[]::new);
        PyList argvList = PyList.wrap(argv); // steals the new strs
        argvList.makeImmortal(); // VM-owned; its items are strs, immortal too
        m.globals().put("argv", argvList);
        m.globals().put("maxsize", PyInt.of(Long.MAX_VALUE));
        m.globals().put("version", PyStr.of("3.11.0 (gilvm)"));
        m.globals().put("platform", PyStr.of("linux"));
        m.globals().put("implementation_name", PyStr.of("gilvm"));
        // --slow-callback, for asyncio (a gilvm extension: CPython's threshold is an attribute of each loop).
        m.globals().put("_gilvm_slow_callback", PyInt.of(vm.slowCallbackMillis()));
        m.globals().put("stdout", TextFile.standard(vm.out(), "stdout"));
        m.globals().put("stderr", TextFile.standard(vm.err(), "stderr"));
        def(m, "getrecursionlimit", a -> {
            a.noneExpected("getrecursionlimit");
            return PyInt.of(vm.recursionLimit());
        });
        def(m, "setrecursionlimit", a -> {
            long n = Ops.index(a.exactlyOne().get(0)).longValue();
            if (n < 1) {
                throw Errors.valueError("recursion limit must be greater or equal than 1");
            }
            vm.setRecursionLimit((int) Math.min(n, Integer.MAX_VALUE));
            return PyNone.NONE;
        });
        def(m, "getswitchinterval", a -> {
            a.noneExpected("getswitchinterval");
            return PyFloat.of(1e-6 * (vm.gil().intervalNanos() / 1000)); // CPython keeps whole microseconds
        });
        def(m, "setswitchinterval", a -> {
            PyObject arg = a.exactlyOne().get(0);
            double seconds;
            if (arg instanceof PyFloat f) {
                seconds = f.value();
            } else if (arg instanceof PyInt i) {
                seconds = i.doubleValue();
            } else {
                throw Errors.typeError("must be real number, not " + arg.type().name());
            }
            if (!(seconds > 0)) {
                throw Errors.valueError("switch interval must be strictly positive");
            }
            vm.gil().setIntervalNanos(Math.max(1, (long) (1e6 * seconds)) * 1000);
            return PyNone.NONE;
        });
        // A gilvm extension: CPython has sys._is_gil_enabled() (3.13) but no way to switch the GIL
        // while a program runs. The switch happens at a safepoint (Vm.setGilEnabled).
        def(m, "_set_gil_enabled", a -> {
            boolean on = a.exactlyOne().get(0).isTrue();
            vm.setGilEnabled(on);
            return PyNone.NONE;
        });
        def(m, "_is_gil_enabled", a -> {
            a.noneExpected("_is_gil_enabled");
            return org.gilvm.objects.PyBool.of(vm.gil().enabled());
        });
        def(m, "exit", a -> {
            a.noKeywords().between(0, 1);
            // sys.exit(None) raises SystemExit() with no args, as CPython's PyErr_SetObject(exc, None) does.
            PyTuple args = a.size() == 0 || a.get(0) == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(a.get(0));
            PyBaseException e = new PyBaseException(PyExceptionTypes.SYSTEM_EXIT);
            e.setArgs(args); // takes over our reference to the new tuple
            throw new PyException(e); // takes our reference to e
        });
        // The argument's own reference on the caller's stack is counted, as in CPython (built-ins borrow).
        def(m, "getrefcount", a -> {
            if (a.kwSize() > 0) {
                throw Errors.typeError("sys.getrefcount() takes no keyword arguments");
            }
            if (a.size() != 1) {
                throw Errors.typeError("sys.getrefcount() takes exactly one argument (" + a.size() + " given)");
            }
            return PyInt.of(RefCount.total(a.get(0)));
        });
        return m;
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = PyBuiltinFunction.function(name, body);
        f.makeImmortal();
        m.globals().put(name, f);
    }
}
