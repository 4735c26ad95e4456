# Combined: a shape class hierarchy with super(), properties with validation, class attributes, classmethods, __eq__/__lt__ and polymorphic reports.
class Shape:
    count = 0
    sides = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1
        self.id = Shape.count

    @property
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} has no area")

    @property
    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"#{self.id} {self.name} ({type(self).__name__}, {self.sides} sides): area={self.area:.3f} perimeter={self.perimeter:.3f}"

    def __lt__(self, other):
        return self.area < other.area

    def __eq__(self, other):
        return type(self) is type(other) and self.area == other.area

    def __hash__(self):
        return hash((type(self).__name__, self.area))

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Rectangle(Shape):
    sides = 4

    def __init__(self, width, height, name="rect"):
        super().__init__(name)
        self.width = width
        self.height = height

    @property
    def width(self):
        return self._width

    @width.setter
    def width(self, value):
        if value <= 0:
            raise ValueError(f"width must be positive, got {value}")
        self._width = value

    @property
    def area(self):
        return self.width * self.height

    @property
    def perimeter(self):
        return 2 * (self.width + self.height)

    @classmethod
    def from_string(cls, text):
        w, h = text.split("x")
        return cls(float(w), float(h), name=text)


class Square(Rectangle):
    def __init__(self, side, name="square"):
        super().__init__(side, side, name)

    @property
    def side(self):
        return self.width

    @side.setter
    def side(self, value):
        self.width = value
        self.height = value

    def describe(self):
        return super().describe() + f" side={self.side}"


class Circle(Shape):
    PI = 3.141592653589793

    def __init__(self, r, name="circle"):
        super().__init__(name)
        self.r = r

    @property
    def area(self):
        return Circle.PI * self.r ** 2

    @property
    def perimeter(self):
        return 2 * Circle.PI * self.r

    @property
    def diameter(self):
        return 2 * self.r

    @diameter.setter
    def diameter(self, d):
        self.r = d / 2

    @diameter.deleter
    def diameter(self):
        print("  (cannot really delete a diameter; resetting)")
        self.r = 1


class Triangle(Shape):
    sides = 3

    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"not a triangle: {a}, {b}, {c}")
        super().__init__("tri")
        self.a, self.b, self.c = a, b, c

    @property
    def perimeter(self):
        return self.a + self.b + self.c

    @property
    def area(self):
        s = self.perimeter / 2
        return (s * (s - self.a) * (s - self.b) * (s - self.c)) ** 0.5


shapes = [Rectangle(3, 4), Square(2.5), Circle(1), Triangle(3, 4, 5), Rectangle.from_string("1.5x6"), Rectangle.from_string("2x2")]
for s in shapes:
    print(s.describe())
print(sorted(shapes), max(shapes).name, min(shapes, key=lambda s: s.perimeter))
print(Square(3) == Rectangle(3, 3), Square(3) == Square(3), Rectangle(2, 8) == Rectangle(4, 4), len({Square(1), Square(1), Rectangle(1, 1)}))
print(isinstance(shapes[1], Rectangle), isinstance(shapes[1], (Circle, Triangle)), issubclass(Square, Shape), type(shapes[5]).__name__)

sq = Square(5)
sq.side = 7
print(sq.width, sq.height, sq.area, sq.describe())
def set_side(s):
    s.side = -1


for bad in [lambda: Rectangle(0, 1), lambda: Triangle(1, 2, 10), lambda: set_side(sq), lambda: Shape("blob").area]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
    except NotImplementedError as e:
        print("NotImplementedError:", e)


c = Circle(2)
print(c.diameter, round(c.area, 4))
c.diameter = 10
print(c.r, round(c.perimeter, 4))
del c.diameter
print(c.r, c.diameter)
try:
    Shape("plain").perimeter
except NotImplementedError as e:
    print(repr(e), "is a RuntimeError:", isinstance(e, RuntimeError))
print(Shape.count, Rectangle.count, Square.sides, Circle.sides, Triangle.sides)
totals = {}
for s in shapes:
    kind = type(s).__name__
    totals[kind] = totals.get(kind, 0) + s.area
print({k: round(v, 2) for k, v in totals.items()})
