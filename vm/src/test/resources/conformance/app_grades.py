# Combined: a grade book: students with weighted scores, letter grades by thresholds, statistics (mean, median, stdev), ranking with ties, and a formatted report.
WEIGHTS = {"homework": 0.25, "midterm": 0.3, "final": 0.45}
LETTERS = [(93, "A"), (90, "A-"), (87, "B+"), (83, "B"), (80, "B-"), (77, "C+"), (70, "C"), (60, "D"), (0, "F")]


class Student:
    def __init__(self, name, **scores):
        missing = [k for k in WEIGHTS if k not in scores]
        if missing:
            raise ValueError(f"{name}: missing {', '.join(missing)}")
        self.name = name
        self.scores = scores

    @property
    def total(self):
        return round(sum([self.scores[k] * w for k, w in WEIGHTS.items()]), 2)

    @property
    def letter(self):
        for threshold, letter in LETTERS:
            if self.total >= threshold:
                return letter

    def __repr__(self):
        return f"Student({self.name!r}, {self.total})"


def mean(xs):
    return sum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2


def stdev(xs):
    m = mean(xs)
    return (sum([(x - m) ** 2 for x in xs]) / (len(xs) - 1)) ** 0.5


def rank(students):
    ordered = sorted(students, key=lambda s: (-s.total, s.name))
    ranks = []
    prev_total = None
    for i, s in enumerate(ordered, 1):
        if s.total != prev_total:
            place = i
            prev_total = s.total
        ranks.append((place, s))
    return ranks


raw = [
    ("Ada", 95, 88, 92), ("Ben", 72, 65, 70), ("Cy", 88, 91, 85), ("Dee", 100, 79, 83),
    ("Eli", 55, 62, 58), ("Fox", 88, 91, 85), ("Gia", 90, 94, 97), ("Hal", 81, 77, 79),
]
students = []
for name, hw, mid, fin in raw:
    students.append(Student(name, homework=hw, midterm=mid, final=fin))
try:
    Student("Ivy", homework=90)
except ValueError as e:
    print("ValueError:", e)

print(f"{'#':>2} {'name':<5}{'hw':>5}{'mid':>5}{'fin':>5}{'total':>8} grade")
for place, s in rank(students):
    sc = s.scores
    print(f"{place:>2} {s.name:<5}{sc['homework']:>5}{sc['midterm']:>5}{sc['final']:>5}{s.total:>8.2f} {s.letter}")

totals = [s.total for s in students]
print(f"mean {mean(totals):.3f}  median {median(totals):.3f}  stdev {stdev(totals):.3f}  range {min(totals)}..{max(totals)}")
for part in WEIGHTS:
    xs = [s.scores[part] for s in students]
    print(f"  {part:<9} mean {mean(xs):6.2f} median {median(xs):5.1f} best {max(students, key=lambda s: s.scores[part]).name}")
dist = {}
for s in students:
    dist.setdefault(s.letter[0], []).append(s.name)
for letter in "ABCDF":
    names = dist.get(letter, [])
    print(f"{letter}: {'*' * len(names):<4} {', '.join(names)}")
curve = 100 - max(totals)
curved = {s.name: min(100, round(s.total + curve, 1)) for s in students}
print("curve +%.2f:" % curve, curved)
above = [s.name for s in students if s.total > mean(totals)]
print("above mean:", above, f"({len(above) / len(students):.0%})")
