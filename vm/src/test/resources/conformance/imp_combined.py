# Combined: a program built from two modules next to it (imp_helper_geometry imports imp_helper_pc); module state shared across importers, import order of module code.
print("main starts")
import imp_helper_geometry
import imp_helper_pc
from imp_helper_geometry import Circle, Rect, total_area
print("imports done")
shapes = [Circle(1), Rect(2, 3), Circle(0.5), Rect(4, 4)]
print([s.name for s in shapes], imp_helper_geometry.Shape.registry)
print(f"total area {total_area(shapes):.4f}")
print("shapes made, counter in imp_helper_pc:", imp_helper_pc.counter, imp_helper_geometry.imp_helper_pc is imp_helper_pc)
by_kind = {}
for s in shapes:
    by_kind.setdefault(s.name, []).append(round(s.area(), 3))
print(by_kind)
stack = imp_helper_pc.Stack()
for s in sorted(shapes, key=lambda s: s.area()):
    stack.push(s.name)
print(stack, len(stack))
try:
    imp_helper_geometry.Shape("abstract").area()
except NotImplementedError:
    print("abstract area not implemented; registry now", len(imp_helper_geometry.Shape.registry))
print(imp_helper_pc.greet("geometry"), imp_helper_geometry.square(9), imp_helper_geometry.PI)
