# Helper module imported by imp_combined.py (it imports imp_helper_pc itself); run by itself it prints what loading prints.
import imp_helper_pc
from imp_helper_pc import square

print("imp_helper_geometry: module code runs, imp_helper_pc.counter =", imp_helper_pc.counter)

PI = 3.141592653589793


class Shape:
    registry = []

    def __init__(self, name):
        self.name = name
        Shape.registry.append(name)
        imp_helper_pc.bump()

    def area(self):
        raise NotImplementedError


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return PI * square(self.r)


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


def total_area(shapes):
    return sum([s.area() for s in shapes])
