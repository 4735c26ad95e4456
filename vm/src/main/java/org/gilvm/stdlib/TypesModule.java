package org.gilvm.stdlib;

import org.gilvm.bytecode.Code;
import org.gilvm.heap.RefCount;
import org.gilvm.interp.PyAsyncGenerator;
import org.gilvm.interp.PyCoroutine;
import org.gilvm.interp.PyGenerator;
import org.gilvm.interp.Vm;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyFunction;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyObject;

/**
 * {@code types}, the part an event loop written in Python needs: {@code coroutine}, which makes a
 * generator function's generators awaitable (CPython's generator-based coroutines, as
 * {@code asyncio.sleep(0)} uses), and the types of generators, coroutines and async generators,
 * to test objects with {@code isinstance}.
 */
final class TypesModule {
    private TypesModule() { }

    static PyModule create(Vm vm) {
        PyModule m = new PyModule("types");
        m.globals().put("GeneratorType", PyGenerator.TYPE);
        m.globals().put("CoroutineType", PyCoroutine.TYPE);
        m.globals().put("AsyncGeneratorType", PyAsyncGenerator.TYPE);
        m.globals().put("FunctionType", PyFunction.TYPE);
        m.globals().put("coroutine", PyBuiltinFunction.function("coroutine", a -> coroutine(a.noKeywords().between(1, 1).get(0))));
        return m;
    }

    /**
     * {@code types.coroutine(f)}: a coroutine function as it is; a generator function with its
     * code marked CO_ITERABLE_COROUTINE. CPython changes {@code f.__code__} in place and returns
     * {@code f}; gilvm's code objects are fixed, so this returns a new function with the marked
     * code. CPython's wrapper for other callables (which return generator-like objects) is not there.
     */
    private static PyObject coroutine(PyObject func) {
        if (!(func instanceof PyFunction f)) {
            if (func.type().lookup("__call__") == null && !(func instanceof PyBuiltinFunction)) {
                throw Errors.typeError("types.coroutine() expects a callable");
            }
            throw Errors.typeError("types.coroutine() of anything but a generator function is not supported by gilvm");
        }
        Code code = f.code();
        if (code.coroutine || code.iterableCoroutine) {
            return RefCount.newRef(f);
        }
        if (!code.generator) {
            throw Errors.typeError("types.coroutine() of anything but a generator function is not supported by gilvm");
        }
        PyFunction marked = new PyFunction(code.asIterableCoroutine(), f.module(), f.defaults().clone(), f.closure().clone());
        if (f.kwdefaults() != null) {
            marked.setKwdefaults(f.kwdefaults());
        }
        return marked;
    }
}
