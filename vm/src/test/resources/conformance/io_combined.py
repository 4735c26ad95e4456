# Combined: a log-processing script: write a log file, parse it into records, summarise by level and hour, write a report file, and read the report back.
LOG = "io_tmp_app.log"
REPORT = "io_tmp_report.txt"
entries = [
    ("09:01", "INFO", "service started"),
    ("09:05", "WARN", "slow response 1200ms"),
    ("09:17", "INFO", "user ann logged in"),
    ("10:02", "ERROR", "database timeout"),
    ("10:03", "INFO", "retry ok"),
    ("10:45", "ERROR", "disk almost full"),
    ("11:30", "INFO", "user bob logged in"),
    ("11:31", "WARN", "deprecated call"),
]
with open(LOG, "w") as f:
    for t, level, msg in entries:
        print(f"{t} [{level:<5}] {msg}", file=f)
    f.write("garbage line without format\n")


class LogRecord:
    def __init__(self, line):
        try:
            time, rest = line.split(" ", 1)
            level, msg = rest.split("] ", 1)
            self.hour = int(time.split(":")[0])
            self.level = level.strip("[ ")
            self.msg = msg.rstrip("\n")
        except ValueError:
            raise ValueError(f"unparsable: {line.strip()!r}") from None


records, errors = [], []
with open(LOG) as f:
    for line in f:
        try:
            records.append(LogRecord(line))
        except ValueError as e:
            errors.append(str(e))
by_level, by_hour = {}, {}
for r in records:
    by_level[r.level] = by_level.get(r.level, 0) + 1
    by_hour.setdefault(r.hour, []).append(r.level)
with open(REPORT, "w") as out:
    out.write(f"records: {len(records)}, unparsable: {len(errors)}\n")
    for level in sorted(by_level):
        out.write(f"{level:<6}{by_level[level]:>3} {'#' * by_level[level]}\n")
    for hour in sorted(by_hour):
        levels = by_hour[hour]
        out.write(f"{hour:02d}h {len(levels)} events, errors={levels.count('ERROR')}\n")
    users = [r.msg.split()[1] for r in records if r.msg.startswith("user")]
    out.write("users: " + ", ".join(users) + "\n")
with open(REPORT) as f:
    report = f.read()
print(report, end="")
print(errors)
with open(REPORT) as f:
    print(len(f.readlines()), "report lines")
for name in (LOG, REPORT):
    with open(name, "w"):
        pass
