package org.gilvm.stdlib;

import org.gilvm.heap.Heap;
import org.gilvm.interp.Vm;
import org.gilvm.objects.Ops;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyTuple;

/**
 * {@code gc}: the cycle collector's controls, with CPython's names and defaults. The collector
 * itself is {@code org.gilvm.heap.CycleCollector}.
 */
final class GcModule {
    private GcModule() { }

    static PyModule create(Vm vm) {
        Heap heap = vm.heap();
        PyModule m = new PyModule("gc");
        def(m, "collect", a -> {
            a.noKeywords().between(0, 1);
            return PyInt.of(heap.collect());
        });
        def(m, "enable", a -> {
            a.noneExpected("enable");
            heap.setGcEnabled(true);
            return PyNone.NONE;
        });
        def(m, "disable", a -> {
            a.noneExpected("disable");
            heap.setGcEnabled(false);
            return PyNone.NONE;
        });
        def(m, "isenabled", a -> {
            a.noneExpected("isenabled");
            return PyBool.of(heap.gcEnabled());
        });
        def(m, "get_threshold", a -> {
            a.noneExpected("get_threshold");
            return ints(heap.thresholds());
        });
        def(m, "get_count", a -> {
            a.noneExpected("get_count");
            return ints(heap.counts());
        });
        def(m, "set_threshold", a -> {
            a.noKeywords().between(1, 3);
            int[] t = heap.thresholds();
            for (int i = 0; i < a.size(); i++) {
                t[i] = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Ops.index(a.get(i)).longValue()));
            }
            heap.setThresholds(t[0], t[1], t[2]);
            return PyNone.NONE;
        });
        return m;
    }

    private static PyTuple ints(int[] values) {
        PyObject[] items = new PyObject[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = PyInt.of(values[i]);
        }
        return PyTuple.wrap(items);
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.globals().put(name, PyBuiltinFunction.function(name, body));
    }
}
