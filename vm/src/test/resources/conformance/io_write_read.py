# Checks text files: open() in w/r/a modes, write() return values, read(), read(n), readline(), readlines(), iteration, with-blocks closing files.
NAME = "io_tmp_basic.txt"
f = open(NAME, "w")
print(f.write("first line\n"), f.write("second line\n"), f.write("third"), f.closed)
f.close()
print(f.closed)
with open(NAME) as f:
    print(repr(f.read()))
    print(repr(f.read()))
print(f.closed)
with open(NAME, "r") as f:
    print(repr(f.read(5)), repr(f.read(6)), repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(NAME) as f:
    print(f.readlines())
with open(NAME) as f:
    for i, line in enumerate(f, 1):
        print(i, repr(line), repr(line.rstrip("\n")))
with open(NAME, "a") as f:
    f.write("\nappended 1\n")
    print("appended", 2, sep=" ", end="\n", file=f)
with open(NAME) as f:
    lines = f.read().splitlines()
print(len(lines), lines)
with open(NAME, "w") as f:
    f.write("")
with open(NAME) as f:
    print(repr(f.read()), repr(f.readline()), f.readlines())
with open(NAME, "w") as f:
    f.write("ünïcödé ✓\n")
    f.writelines(["a\n", "b\n", "c"])
with open(NAME, encoding="utf-8") as f:
    text = f.read()
print(repr(text), len(text))
try:
    open("io_tmp_does_not_exist_42.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
f = open(NAME)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    with open(NAME) as f:
        f.write("x")
except OSError as e:
    print(type(e).__name__ + ":", e)
with open(NAME, "w") as f:
    pass
print("done")
