# Checks line-oriented file processing: writing records, reading them back with iteration and split, skipping blanks/comments, readline loops until EOF.
NAME = "io_tmp_records.txt"
records = [("ann", 31, "eng"), ("bob", 45, "ops"), ("cid", 28, "eng"), ("dee", 52, "mgmt")]
with open(NAME, "w") as out:
    out.write("# name,age,team\n")
    for name, age, team in records:
        out.write(f"{name},{age},{team}\n")
    out.write("\n")
    out.write("   \n")
    out.write("eve,37,ops\n")
teams = {}
total_age = 0
count = 0
with open(NAME) as f:
    for line in f:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, age, team = line.split(",")
        teams.setdefault(team, []).append(name)
        total_age += int(age)
        count += 1
print(teams, count, total_age / count)
with open(NAME) as f:
    n = 0
    while True:
        line = f.readline()
        if not line:
            break
        n += 1
        if n <= 2:
            print("readline:", repr(line))
print("lines:", n)
with open(NAME) as f:
    header = f.readline()
    rest = f.read()
print(repr(header), rest.count("\n"), rest.split("\n")[0])
with open(NAME, "w") as f:
    for i in range(1, 6):
        f.write(str(i) * i + "\n")
with open(NAME) as f:
    lengths = [len(line.rstrip("\n")) for line in f]
with open(NAME) as f:
    longest = max(f, key=len)
print(lengths, repr(longest))
with open(NAME, "w") as f:
    f.write("no trailing newline")
with open(NAME) as f:
    print(list(f))
with open(NAME, "w") as f:
    f.write("")
