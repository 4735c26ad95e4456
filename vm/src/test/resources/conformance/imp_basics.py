# import of a .py file next to the script: runs once, names bound, module attributes.
import imp_helper_shapes
import imp_helper_shapes as shapes
from imp_helper_shapes import Square, make as build, PI

print(imp_helper_shapes is shapes)
print(shapes.__name__, __name__)
squares = build(4)
print([s.area() for s in squares])
print(Square(3).area(), PI)
print(shapes.made())
shapes.make(1)
print(shapes.made(), imp_helper_shapes.made())
print(type(shapes).__name__)
try:
    from imp_helper_shapes import missing
except ImportError as e:
    print("ImportError")
try:
    import imp_no_such_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
