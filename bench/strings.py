# strings.py: building strings by concatenation, join, f-strings and str methods.
# Measures: str allocation, formatting, method calls on str, slicing.

def build(n):
    parts = []
    acc = ""
    for i in range(n):
        s = f"{i:05d}:{i * 7 % 13}"
        if i % 3 == 0:
            s = s.upper() + "x"
        elif i % 3 == 1:
            s = s.replace("0", "o")
        else:
            s = "-".join([s, str(i), hex(i)])
        parts.append(s)
        acc += s[:2]
        if len(acc) > 1000:
            acc = acc[500:]
    return parts, acc


def checksum(parts):
    h = 0
    for p in parts:
        h = (h * 31 + len(p)) % 1_000_000_007
        if p.startswith("oo"):
            h += p.count("o")
        h += p.find(":")
    return h


total = 0
for rnd in range(20):
    parts, acc = build(60_000)
    line = ",".join(parts)
    total += len(line) + checksum(parts)
    words = line.split(",")
    total += len(words) + len(acc)
print("strings", total, parts[12345], acc[-10:])
print("lower", parts[-1].lower(), "strip", "  pad  ".strip() + "|", "{:>8}|{:<6}|".format("r", "l"))
