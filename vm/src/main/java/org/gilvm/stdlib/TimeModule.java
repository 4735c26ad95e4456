package org.gilvm.stdlib;

import org.gilvm.interp.Vm;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyExceptionTypes;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;

/**
 * {@code time}: {@code time}, {@code time_ns}, {@code perf_counter}, {@code perf_counter_ns},
 * {@code monotonic} and {@code sleep}, which releases the GIL while it sleeps.
 */
final class TimeModule {
    private TimeModule() { }

    static PyModule create(Vm vm) {
        PyModule m = new PyModule("time");
        def(m, "time", a -> {
            a.noneExpected("time");
            java.time.Instant now = java.time.Instant.now();
            return PyFloat.of(now.getEpochSecond() + now.getNano() / 1e9);
        });
        def(m, "time_ns", a -> {
            a.noneExpected("time_ns");
            java.time.Instant now = java.time.Instant.now();
            return PyInt.of(java.math.BigInteger.valueOf(now.getEpochSecond()).multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                    .add(java.math.BigInteger.valueOf(now.getNano())));
        });
        def(m, "perf_counter", a -> {
            a.noneExpected("perf_counter");
            return PyFloat.of(System.nanoTime() / 1e9);
        });
        def(m, "perf_counter_ns", a -> {
            a.noneExpected("perf_counter_ns");
            return PyInt.of(System.nanoTime());
        });
        def(m, "monotonic", a -> {
            a.noneExpected("monotonic");
            return PyFloat.of(System.nanoTime() / 1e9);
        });
        def(m, "sleep", a -> {
            PyObject arg = a.noKeywords().between(1, 1).get(0);
            double seconds;
            if (arg instanceof PyFloat f) {
                seconds = f.value();
            } else if (arg instanceof PyInt i) {
                seconds = i.doubleValue();
            } else {
                throw Errors.typeError("'" + arg.type().name() + "' object cannot be interpreted as an integer");
            }
            if (seconds < 0) {
                throw Errors.valueError("sleep length must be non-negative");
            }
            // The sleeping thread releases the GIL, as every blocking call does.
            vm.waits().sleep(org.gilvm.interp.ThreadState.current().gil, (long) (seconds * 1e9));
            return PyNone.NONE;
        });
        return m;
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.globals().put(name, PyBuiltinFunction.function(name, body));
    }
}
