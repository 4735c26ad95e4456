# Checks str methods in real text tasks: word wrapping, full justification, a CSV line parser with quotes, slugify, and a table printer.
TEXT = ("Reference counting frees an object the moment its last reference disappears, "
        "which makes destructor timing predictable; cycles need a separate collector.")
def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum([len(w) for w in words])
    out = ""
    for i, w in enumerate(words[:-1]):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += w + " " * n
    return out + words[-1]
for width in (30, 42):
    lines = wrap(TEXT, width)
    print(f"-- width {width}: {len(lines)} lines")
    for l in lines[:-1]:
        print("|" + justify(l, width) + "|")
    print("|" + lines[-1].ljust(width) + "|")
def parse_csv_line(line):
    fields, cur, quoted, i = [], "", False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"':
                if line[i + 1:i + 2] == '"':
                    cur += '"'
                    i += 1
                else:
                    quoted = False
            else:
                cur += ch
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    fields.append(cur)
    return fields
for line in ['a,b,c', 'name,"Smith, John",42', '"say ""hi""",,end', '', 'x,"",y', '"multi,comma,field"']:
    print(repr(line), "->", parse_csv_line(line))
def slugify(title):
    kept = "".join([c.lower() if c.isalnum() else " " for c in title])
    return "-".join(kept.split())
for t in ["Hello, World!", "  GIL-free Python: 3.13?  ", "Ref-counting 101", "***"]:
    print(repr(slugify(t)))
rows = [("name", "lang", "stars"), ("gilvm", "Java", "12"), ("cpython", "C", "60000"), ("pypy", "RPython", "1200")]
widths = [max([len(r[i]) for r in rows]) for i in range(3)]
sep = "+" + "+".join(["-" * (w + 2) for w in widths]) + "+"
print(sep)
for k, row in enumerate(rows):
    cells = [row[i].rjust(widths[i]) if row[i].isdigit() else row[i].ljust(widths[i]) for i in range(3)]
    print("| " + " | ".join(cells) + " |")
    if k == 0:
        print(sep.replace("-", "="))
print(sep)
print(TEXT.count("e"), TEXT.find("cycles"), TEXT.rfind("e"), TEXT[:9].swapcase(), TEXT.split(";")[1].strip().capitalize())
print("-".join(TEXT.split()[:4]).title(), TEXT.startswith(("Ref", "X")), TEXT.endswith("."), TEXT.partition(",")[0])
print(" ".join([w[::-1] for w in "stressed desserts drawer".split()]), "a,b,,c".split(","), "a b  c".split(" "), "  x  y ".split())
