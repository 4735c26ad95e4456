# ValueError: not enough values to unpack, inside a for loop over tuples.
rows = [(1, 2, 3), (4, 5)]
for a, b, c in rows:
    print(a + b + c)
