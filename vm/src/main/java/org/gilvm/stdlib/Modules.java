package org.gilvm.stdlib;

import java.util.Map;
import java.util.function.Function;
import org.gilvm.interp.Vm;
import org.gilvm.objects.PyModule;

/** The built-in modules a program can import, by name. */
public final class Modules {
    private Modules() { }

    public static Map<String, Function<Vm, PyModule>> table() {
        return Map.of("sys", SysModule::create, "gc", GcModule::create, "time", TimeModule::create,
                "random", RandomModule::create, "_thread", ThreadModule::create, "hashlib", HashlibModule::create,
                "types", TypesModule::create, "_gilvm", GilvmModule::create);
    }
}
