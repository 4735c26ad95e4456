# Checks str.format (numbering, names, indexes, attributes, nested specs, errors), format() and ascii().
print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}={value:>5}".format(name="k", value=3))
print("{:.3f} {!r} {0[1]} {p.real}".format(3.14159, "s", p=2) if False else "{:.3f} {!r}".format(3.14159, "s"))
class Pt:
    x = 7
print("{0[1]} {1[k]} {2.x}".format([10, 20], {"k": "v"}, Pt()), "{{}} {:{w}}|".format("x", w=4))
print(format(3.5, ".1%"), format(42, "x"), format("s", ">3"), format(7), ascii("café"), format(True, "d"))
for bad in ["{", "}", "{0} {}", "{} {0}", "{9}", "{x}"]:
    try:
        bad.format(1)
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
