# Checks super() through a three-level hierarchy: __init__ chains, overridden methods extending the parent, class attributes and __str__ via super().
class Base:
    created = []
    def __init__(self, name):
        print("  Base.__init__", name)
        self.name = name
        Base.created.append(type(self).__name__)
    def describe(self):
        return f"{self.name}"
    def __str__(self):
        return f"<{self.describe()}>"
    def greet(self, other="world"):
        return f"hello {other} from {self.name}"
class Middle(Base):
    level = 1
    def __init__(self, name, color="red"):
        print("  Middle.__init__", name, color)
        super().__init__(name)
        self.color = color
    def describe(self):
        return super().describe() + f" [{self.color}]"
    def greet(self, other="world"):
        return super().greet(other).upper()
class Leaf(Middle):
    level = 2
    def __init__(self, name, color, size):
        print("  Leaf.__init__", name, color, size)
        super().__init__(name, color=color)
        self.size = size
    def describe(self):
        return super().describe() + f" size={self.size}"
    def __str__(self):
        return "Leaf" + super().__str__()
    def levels(self):
        return [Base.__name__, super().level, self.level]
print("make Base")
b = Base("b")
print("make Middle")
m = Middle("m")
print("make Leaf")
l = Leaf("l", "blue", 3)
for obj in (b, m, l):
    print(str(obj), "|", obj.describe(), "|", obj.greet(), "|", obj.greet(other="you"))
print(Base.created, l.levels(), Leaf.level, Middle.level)
print(isinstance(l, Middle), isinstance(m, Leaf), issubclass(Leaf, Base), type(l).__name__)
class Counter(Base):
    count = 0
    def __init__(self, name):
        super().__init__(name)
        Counter.count += 1
        self.number = Counter.count
    def describe(self):
        return f"{super().describe()}#{self.number}"
counters = [Counter(f"c{i}") for i in range(3)]
print([str(c) for c in counters], Counter.count, Base.created[-3:])
class Explicit(Middle):
    def describe(self):
        return "explicit:" + Middle.describe(self) + "/" + Base.describe(self)
    def two_arg(self):
        return super(Explicit, self).describe(), super(Middle, self).describe()
e = Explicit("e", "green")
print(e.describe(), e.two_arg())
class Shadow(Base):
    def greet(self, other="world"):
        parent = super().greet
        return parent(other) + " (shadowed)"
print(Shadow("s").greet("x"))
