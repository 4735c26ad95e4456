# open() for text: write, append, read, readline, readlines, iteration, with, errors.
with open("io_tmp_notes.txt", "w") as f:
    print(f.write("first line\n"))
    f.write("second line\n")
    f.writelines(["third\n", "fourth"])
    print(f.closed, f.name, f.mode)
print(f.closed)

with open("io_tmp_notes.txt", "a") as f:
    print("appended", file=f)

f = open("io_tmp_notes.txt")
print(repr(f.readline()))
print(repr(f.read(6)))
print(repr(f.readline()))
print(f.readlines())
print(repr(f.read()))
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)

with open("io_tmp_notes.txt", encoding="utf-8") as f:
    for number, line in enumerate(f, 1):
        print(number, line.rstrip("\n"))

with open("io_tmp_notes.txt") as f:
    words = f.read().split()
print(len(words), sorted(set(words))[:3])

try:
    open("io_tmp_missing_file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
    print(e.errno, e.strerror, e.filename)
except OSError:
    print("wrong")

with open("io_tmp_notes.txt", "w") as f:
    f.write("crlf\r\nline\rend")
with open("io_tmp_notes.txt") as f:
    print(repr(f.read()))
with open("io_tmp_notes.txt", "w") as f:
    f.write("")
with open("io_tmp_notes.txt") as f:
    print(repr(f.read()), repr(f.readline()))
