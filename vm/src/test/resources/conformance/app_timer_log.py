# Combined: context-manager based timing and logging on a fake clock: nested spans, exception reporting in __exit__, suppression and a summary.
class FakeClock:
    def __init__(self):
        self.now = 0

    def tick(self, n=1):
        self.now += n
        return self.now


clock = FakeClock()


class Logger:
    def __init__(self):
        self.lines = []
        self.depth = 0

    def log(self, level, msg, **fields):
        extra = "".join([f" {k}={v!r}" for k, v in sorted(fields.items())])
        line = f"[{clock.now:04d}] {level:<5} {'  ' * self.depth}{msg}{extra}"
        self.lines.append(line)
        print(line)


logger = Logger()


class Span:
    totals = {}

    def __init__(self, name, swallow=()):
        self.name = name
        self.swallow = swallow
        self.start = None

    def __enter__(self):
        self.start = clock.now
        logger.log("BEGIN", self.name)
        logger.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        logger.depth -= 1
        elapsed = clock.now - self.start
        Span.totals[self.name] = Span.totals.get(self.name, 0) + elapsed
        if exc_type is None:
            logger.log("END", self.name, ticks=elapsed)
            return False
        handled = issubclass(exc_type, self.swallow) if self.swallow else False
        logger.log("FAIL", self.name, ticks=elapsed, error=f"{exc_type.__name__}: {exc}", handled=handled)
        return handled


class Counted:
    def __init__(self, label):
        self.label = label
        self.count = 0

    def __enter__(self):
        self.count += 1
        return self.label, self.count

    def __exit__(self, *exc):
        return None


def work(n):
    clock.tick(n)
    if n == 13:
        raise ValueError("unlucky")
    return n * 2


with Span("job") as job:
    with Span("load"):
        work(3)
    with Span("compute"):
        for i in (1, 2, 13, 4):
            with Span(f"step{i}", swallow=(ValueError,)):
                work(i)
    try:
        with Span("save"):
            work(2)
            raise KeyError("disk")
    except KeyError as e:
        logger.log("WARN", "save failed", key=e.args[0])

print(job.name, job.start, clock.now)

c = Counted("ctx")
with c as (label, n), Span("pair") as sp:
    print(label, n, sp.name)
with c as (label, n):
    print(label, n)


def guarded(x):
    with Span("guarded", swallow=(ZeroDivisionError, TypeError)):
        clock.tick()
        return 10 / x
    return "swallowed"


print(guarded(4), guarded(0), guarded("a"))
try:
    with Span("outer", swallow=(KeyError,)):
        with Span("inner", swallow=(KeyError,)):
            raise IndexError("nope")
except IndexError as e:
    print("escaped:", e)

for name, total in sorted(Span.totals.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{name:<10}{total:>4}")
levels = {}
for line in logger.lines:
    level = line.split()[1]
    levels[level] = levels.get(level, 0) + 1
print(levels, len(logger.lines))
