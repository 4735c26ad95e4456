# Checks printf-style % formatting edge cases: flags, widths, precision, * widths, dict keys, %%, tuples as arguments and errors.
print("%d|%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, 42, -42))
print("%x|%X|%#x|%#X|%o|%#o|%#08x" % (255, 255, 255, 255, 8, 8, 255))
print("%f|%.2f|%10.3f|%-10.1f|%+.0f|%.0f|%.0f" % (3.14159, 2.675, -1.5, 2.25, 0.5, 1.5, 2.5))
print("%e|%.2E|%g|%g|%g|%.3g|%#g" % (12345.678, 0.000123, 1e-5, 123456789.0, 0.0001, 3.14159, 1.0))
print("%s|%r|%a|%5s|%-5s|%.2s|%5.1s|" % ("hi", "hi", "héllo", "ab", "ab", "abcdef", "xyz"))
print("%c%c%c|%5c|%-3c|" % (72, "i", 0x263A, "x", "y"))
print("%*d|%-*d|%.*f|%*.*f|" % (6, 7, 4, 8, 2, 3.14159, 9, 3, 2.0))
print("%(name)s is %(age)d (%(age)#x) %(name)r %%" % {"name": "Ann", "age": 30})
print("100%% done, %s%%" % 50, "%%" % (), "%s" % "only")
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", (1, 2)), "%r" % ((1, 2),))
print("%d %i %u" % (3.99, -2.5, True), "%s %s" % (None, False), "%d" % 10 ** 20)
print("%.3s|%10.4f|%-+8.2e|" % (3.14159, -0.0, 1234.5))
print("%s and %s" % ("x", "y"), "%(a)s%(a)s" % {"a": "-"}, "%(x)05.1f" % {"x": 2.345})
print("%g %g %g %g" % (float("inf"), float("-inf"), float("nan"), -0.0), "%5.1f|%-6s|" % (float("inf"), float("nan")))
print("%x %o %X" % (-255, -8, 2 ** 70), "%08.3f" % -3.14159, "%+.3d" % 7, "% 05d" % 3)
for fmt, args in [("%d", "x"), ("%s %s", ("one",)), ("%s", ("a", "b")), ("%(k)s", ("t",)),
                  ("%z", 1), ("%c", 1114112), ("%c", "ab"), ("%(missing)s", {"k": 1}), ("%", ()),
                  ("%x", 1.5), ("%*d", ("a", 1)), ("%5%|", ())]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
