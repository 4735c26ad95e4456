# Checks classmethod alternative constructors: cls in subclasses, registries on the class, staticmethod helpers and validation errors.
class Color:
    named = {}
    def __init__(self, r, g, b):
        for v in (r, g, b):
            if not 0 <= v <= 255:
                raise ValueError(f"component {v} out of range")
        self.r, self.g, self.b = r, g, b
    @classmethod
    def from_hex(cls, text):
        text = text.lstrip("#")
        if len(text) == 3:
            text = "".join([c * 2 for c in text])
        return cls(*[int(text[i:i + 2], 16) for i in (0, 2, 4)])
    @classmethod
    def gray(cls, level):
        return cls(level, level, level)
    @classmethod
    def register(cls, name, *rgb):
        cls.named[name] = cls(*rgb)
        return cls.named[name]
    @classmethod
    def lookup(cls, name):
        try:
            return cls.named[name]
        except KeyError:
            raise LookupError(f"no color {name!r} in {cls.__name__}") from None
    @staticmethod
    def clamp(v):
        return max(0, min(255, v))
    def blend(self, other, t=0.5):
        mix = lambda a, b: Color.clamp(round(a + (b - a) * t))
        return type(self)(mix(self.r, other.r), mix(self.g, other.g), mix(self.b, other.b))
    def hex(self):
        return "#%02x%02x%02x" % (self.r, self.g, self.b)
    def __repr__(self):
        return f"{type(self).__name__}({self.r}, {self.g}, {self.b})"
class Paint(Color):
    named = {}
    def __init__(self, r, g, b, finish="matte"):
        super().__init__(r, g, b)
        self.finish = finish
    def __repr__(self):
        return super().__repr__()[:-1] + f", {self.finish!r})"
print(Color.from_hex("#ff8000"), Color.from_hex("0af"), Color.gray(128), Paint.gray(7))
print(Paint.from_hex("102030"), type(Paint.from_hex("fff")).__name__)
Color.register("red", 255, 0, 0)
Paint.register("sky", 135, 206, 235)
Color.register("black", 0, 0, 0)
print(Color.named, Paint.named)
print(Color.lookup("red").hex(), Paint.lookup("sky").hex())
try:
    Paint.lookup("red")
except LookupError as e:
    print("LookupError:", e)
print(Color.lookup("red").blend(Color.lookup("black")), Paint.lookup("sky").blend(Color(0, 0, 0), 0.25))
print(Color.clamp(300), Color.clamp(-5), Paint.clamp(17), Color(1, 2, 3).clamp(999))
for bad in ["#12", "zzzzzz", "#1000000"]:
    try:
        print(Color.from_hex(bad))
    except ValueError as e:
        print("ValueError:", e)
bound = Paint.from_hex
print(bound("010203"), bound.__self__ is Paint, Color.gray.__self__.__name__)
p = Paint(1, 2, 3, "gloss")
print(p, p.gray(9), p.from_hex("aaa"))
class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin
    @classmethod
    def celsius(cls, c):
        return cls(c + 273.15)
    @classmethod
    def fahrenheit(cls, f):
        return cls.celsius((f - 32) * 5 / 9)
    def __repr__(self):
        return f"{self.kelvin:.2f}K"
print(Temperature.celsius(100), Temperature.fahrenheit(32), Temperature.fahrenheit(-40), [Temperature.celsius(c) for c in (-273.15, 0)])
