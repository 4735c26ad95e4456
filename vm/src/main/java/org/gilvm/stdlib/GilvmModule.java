package org.gilvm.stdlib;

import org.gilvm.gil.GilThread;
import org.gilvm.interp.ThreadState;
import org.gilvm.interp.Vm;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;

/**
 * {@code _gilvm}: what gilvm's own modules written in Python (resources under org/gilvm/lib) need
 * from the VM and CPython has no module for. Not for programs: CPython has no such module.
 */
final class GilvmModule {
    private GilvmModule() { }

    static PyModule create(Vm vm) {
        PyModule m = new PyModule("_gilvm");
        // Whether the run records its timeline (--trace, --report): callers skip making labels if not.
        m.globals().put("tracing", PyBool.of(vm.tracing()));
        // asyncio's Task.__step: trace_task_step("Task-1: main()") as a step begins, (None) as it
        // ends; the timeline shows the steps on a lane of the loop's thread.
        def(m, "trace_task_step", a -> {
            PyObject label = a.exactlyOne().get(0);
            if (label != PyNone.NONE && !(label instanceof PyStr)) {
                throw Errors.typeError("trace_task_step() argument must be str or None");
            }
            GilThread g = ThreadState.current().gil;
            g.traceTaskStep(label == PyNone.NONE ? null : ((PyStr) label).value());
            return PyNone.NONE;
        });
        return m;
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = PyBuiltinFunction.function(name, body);
        f.makeImmortal();
        m.globals().put(name, f);
    }
}
