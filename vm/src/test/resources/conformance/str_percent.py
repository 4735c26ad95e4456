# Checks printf-style % formatting: conversions, flags, width and precision, mappings and errors.
print("%s is %d years, %.2f m, %r" % ("Ann", 31, 1.756, "x"))
print("%5s|%-5s|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%e|%g|%10.3f|%-8.2f|" % ("a", "b", 42, 7, 7, 255, 255, 255, 8, 8, 12345.678, 0.0001, 3.14159, 2.5))
print("%(name)s has %(n)03d items" % {"name": "box", "n": 7}, "%c%c" % ("h", 105), "100%%" % (), "%s" % [1, 2])
print("%d" % 3.99, "%.3d" % 5, "%*d|%-*d|" % (5, 1, 4, 2), "%s" % (1,), "%s" % "single")
for bad in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
