# Checks inheritance where the subclass overrides __init__ and calls the base __init__ explicitly.
class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def __str__(self):
        return self.name + ' with area ' + str(self.area())

class Rect(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, 'rect')
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        Rect.__init__(self, s, s)
        self.name = 'square'

shapes = [Shape('blob'), Rect(2, 3), Square(4)]
for s in shapes:
    print(s)
print(isinstance(shapes[2], Rect), isinstance(shapes[2], Shape), isinstance(shapes[1], Square))
total = 0
for s in shapes:
    total += s.area()
print(total)
print(isinstance(shapes[1], (Square, Shape)))
for s in shapes:
    print(type(s), s.name, s.area())
sq = Square(3)
sq.w = 5
print(sq, sq.h)
print(Shape.area(sq), Rect.area(sq))
