# Checks import of a module next to the script: module code runs once, attribute access, functions, classes, module globals, re-import and aliases.
print("before import")
import imp_helper_pc
print("after first import")
import imp_helper_pc
import imp_helper_pc as h
print("after re-imports (no second 'module code runs' line)")
print(h is imp_helper_pc, type(imp_helper_pc).__name__, imp_helper_pc.__name__)
print(imp_helper_pc.greet("world"), imp_helper_pc.greet("ann", punct="?"), imp_helper_pc.GREETING)
print(imp_helper_pc.square(12), h.square(-3), imp_helper_pc._private)
print(imp_helper_pc.bump(), imp_helper_pc.bump(5), h.counter, imp_helper_pc.counter)
imp_helper_pc.GREETING = "hi"
print(h.greet("bob"))
s = imp_helper_pc.Stack().push(1).push(2)
print(s, len(s), s.pop(), type(s).__name__, isinstance(s, h.Stack))
try:
    imp_helper_pc.checked_sqrt(-4)
except imp_helper_pc.HelperError as e:
    print("HelperError:", e, type(e).__name__)
print(imp_helper_pc.checked_sqrt(16.0))
try:
    imp_helper_pc.does_not_exist
except AttributeError as e:
    print("AttributeError:", e)
imp_helper_pc.new_attr = 99
print(h.new_attr)
try:
    import pc_no_such_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
