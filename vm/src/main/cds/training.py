# The training run of the class-data-sharing archive (vm/target/gilvm.jsa): the build runs gilvm on
# this script with -XX:ArchiveClassesAtExit, and every class it loads goes into the archive, so that
# ./gilvm later maps them ready-made instead of loading, verifying and linking them on each start.
# It touches a little of every common feature; it prints nothing that anyone reads.
import sys
import gc
import time
import random


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def __repr__(self):
        return f"Shape({self.name!r})"

    def __eq__(self, other):
        return isinstance(other, Shape) and self.name == other.name

    def __hash__(self):
        return hash(self.name)

    @property
    def upper(self):
        return self.name.upper()

    @staticmethod
    def kind():
        return "shape"

    @classmethod
    def make(cls, name):
        return cls(name)


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def __lt__(self, other):
        return self.side < other.side

    def __add__(self, other):
        return Square(self.side + other.side)

    def __len__(self):
        return self.side

    def __iter__(self):
        return iter(range(self.side))

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        return False


def closure(n, *args, scale=1, **kwargs):
    total = 0

    def add(x):
        nonlocal total
        total += x * scale

    for a in args:
        add(a)
    return total + n + len(kwargs)


def fails(n):
    if n > 2:
        raise ValueError(f"too big: {n}")
    return n


def main():
    words = "the quick brown fox jumps over the lazy dog".split()
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    squares = sorted([Square(i % 5) for i in range(10)], key=lambda s: s.side, reverse=True)
    evens = {i for i in range(20) if i % 2 == 0}
    table = {k: v for k, v in zip(words, range(len(words)))}
    total = sum([x.side for x in squares])
    a, *rest = [1, 2, 3]
    try:
        fails(5)
    except (ValueError, TypeError) as e:
        msg = str(e)
    finally:
        pass
    try:
        {}["missing"]
    except KeyError:
        pass
    with Square(3) as sq:
        inside = list(sq)
    text = "-".join([str(i) for i in range(3)]) + ", ".join(map(str, filter(None, [0, 1, 2])))
    f = 0.1 + 0.2
    big = 2 ** 100 // 3 % 1000
    random.seed(42)
    r = random.randint(1, 6) + random.choice([1, 2]) + random.random()
    out = [
        repr(squares[:2]), counts, sorted(evens), table, total, a, rest, msg, inside, text, f, big,
        round(f, 3), abs(-3), max(words), min(words, key=len), divmod(17, 5), hex(255), chr(65), ord("A"),
        f"{f:.3f} {big:>8} {'x':^5} {12345:,}", "{} {:>4}".format(1, 2), "%s=%d" % ("k", 3),
        "  strip  ".strip(), "a,b".split(","), "abc".replace("b", "x"), "abc".find("c"), "Abc".lower(),
        "abc".startswith("a"), "x" * 3, [1, 2, 3][::-1], (1, 2) + (3,), list(enumerate("ab")),
        any([0, 1]), all([1, 1]), isinstance(sq, Shape), Shape.make("c").upper, Shape.kind(),
        closure(1, 2, 3, scale=2, extra=1), Square(1) + Square(2) == Square(3), sys.getrefcount(words) > 0,
        time.perf_counter() > 0, gc.isenabled(), int("42") + float("1.5"), bool([]), set("abc") & {"a"},
    ]
    i = 0
    while i < 1000:
        i += 1
    return len(out) + i


if __name__ == "__main__":
    gc.collect()
    sys.stdout.write(str(main()) + "\n")
