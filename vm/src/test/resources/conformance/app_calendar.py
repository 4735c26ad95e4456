# Combined: calendar arithmetic written by hand: leap years, day of week (Zeller), month grids, day counting between dates and a Date class with ordering.
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    if m == 2:
        return 29 if is_leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def weekday(y, m, d):
    # Zeller's congruence, converted so that Monday = 0
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


class DateError(ValueError):
    pass


class Date:
    def __init__(self, y, m, d):
        if not 1 <= m <= 12:
            raise DateError(f"bad month {m}")
        if not 1 <= d <= days_in_month(y, m):
            raise DateError(f"bad day {d} for {MONTHS[m - 1]} {y}")
        self.y, self.m, self.d = y, m, d

    @classmethod
    def parse(cls, text):
        parts = text.split("-")
        if len(parts) != 3:
            raise DateError(f"expected YYYY-MM-DD, got {text!r}")
        return cls(*[int(p) for p in parts])

    def ordinal(self):
        y = self.y - 1
        days = y * 365 + y // 4 - y // 100 + y // 400
        for m in range(1, self.m):
            days += days_in_month(self.y, m)
        return days + self.d

    def __sub__(self, other):
        return self.ordinal() - other.ordinal()

    def add_days(self, n):
        y, m, d = self.y, self.m, self.d + n
        while d > days_in_month(y, m):
            d -= days_in_month(y, m)
            m += 1
            if m > 12:
                m, y = 1, y + 1
        while d < 1:
            m -= 1
            if m < 1:
                m, y = 12, y - 1
            d += days_in_month(y, m)
        return Date(y, m, d)

    def weekday(self):
        return weekday(self.y, self.m, self.d)

    def __lt__(self, other):
        return (self.y, self.m, self.d) < (other.y, other.m, other.d)

    def __eq__(self, other):
        return (self.y, self.m, self.d) == (other.y, other.m, other.d)

    def __hash__(self):
        return hash((self.y, self.m, self.d))

    def __repr__(self):
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"


def month_grid(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20), " ".join(DAYS)]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:>2}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)


print([y for y in (1900, 2000, 2020, 2023, 2024, 2100, 2400) if is_leap(y)])
print(month_grid(2024, 2))
print(month_grid(2023, 10))
for text in ["1969-07-20", "2000-01-01", "2024-02-29", "1999-12-31"]:
    d = Date.parse(text)
    print(text, DAYS[d.weekday()], d.ordinal())
a, b = Date(2024, 1, 1), Date(2024, 12, 25)
print(b - a, a - b, a.add_days(59), a.add_days(366), b.add_days(7), a.add_days(-1), Date(2024, 3, 1).add_days(-1))
for bad in ["2023-02-29", "2024-13-01", "2024-04-31", "20240101", "2024-x-01"]:
    try:
        Date.parse(bad)
    except DateError as e:
        print("DateError:", e)
    except ValueError as e:
        print("ValueError:", e)
dates = [Date.parse(t) for t in ["2024-05-01", "2023-12-31", "2024-01-15", "2024-05-01"]]
print(sorted(dates), len(set(dates)), max(dates, key=lambda x: x.ordinal()))
fridays = [Date(2024, m, 13) for m in range(1, 13) if weekday(2024, m, 13) == 4]
print("Friday 13ths in 2024:", fridays)
counts = {}
for y in range(2000, 2030):
    wd = DAYS[weekday(y, 1, 1)]
    counts[wd] = counts.get(wd, 0) + 1
print({d: counts.get(d, 0) for d in DAYS})
