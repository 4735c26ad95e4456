# AttributeError: missing instance attribute read inside a method.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm3(self):
        return self.x + self.y + self.z

p = Point(1, 2)
print(p.x, p.y)
print(p.norm3())
