# Combined: n-queens by backtracking with a Board class, sets of small ints, counting solutions for n=1..8 and printing boards.
class Board:
    def __init__(self, n):
        self.n = n
        self.queens = []
        self.cols = set()
        self.diag1 = set()
        self.diag2 = set()

    def free(self, row, col):
        return col not in self.cols and (row - col) not in self.diag1 and (row + col) not in self.diag2

    def place(self, row, col):
        self.queens.append(col)
        self.cols.add(col)
        self.diag1.add(row - col)
        self.diag2.add(row + col)

    def remove(self, row, col):
        self.queens.pop()
        self.cols.discard(col)
        self.diag1.remove(row - col)
        self.diag2.remove(row + col)

    def render(self):
        lines = []
        for col in self.queens:
            lines.append(" ".join(["Q" if c == col else "." for c in range(self.n)]))
        return "\n".join(lines)


def solve(n, limit=None):
    board = Board(n)
    found = []

    def backtrack(row):
        if limit is not None and len(found) >= limit:
            return
        if row == n:
            found.append(tuple(board.queens))
            return
        for col in range(n):
            if board.free(row, col):
                board.place(row, col)
                backtrack(row + 1)
                board.remove(row, col)

    backtrack(0)
    return found


def count_bits(n):
    # bitmask variant, counts only
    full = (1 << n) - 1
    total = 0

    def go(cols, d1, d2):
        nonlocal total
        if cols == full:
            total += 1
            return
        avail = full & ~(cols | d1 | d2)
        while avail:
            bit = avail & -avail
            avail -= bit
            go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)

    go(0, 0, 0)
    return total


counts = []
for n in range(1, 9):
    sols = solve(n)
    counts.append(len(sols))
    assert len(sols) == count_bits(n), n
    print(f"n={n}: {len(sols):>3} solutions, first={sols[0] if sols else None}")
print(counts, sum(counts))

first = solve(8, limit=1)[0]
b = Board(8)
for r, c in enumerate(first):
    b.place(r, c)
print(b.render())
print(sorted(b.cols), sorted(b.diag1), sorted(b.diag2))


def symmetric_forms(sol):
    n = len(sol)
    forms = []
    cur = list(sol)
    for _ in range(4):
        # rotate 90 degrees: queen at (r, c) goes to (c, n-1-r)
        rot = [0] * n
        for r, c in enumerate(cur):
            rot[c] = n - 1 - r
        cur = rot
        forms.append(tuple(cur))
        forms.append(tuple(reversed(cur)))
    return forms


six = solve(6)
print("n=6 solutions:", six)
unique = []
seen = set()
for s in solve(8):
    if s in seen:
        continue
    unique.append(s)
    for f in symmetric_forms(s):
        seen.add(f)
print("distinct up to symmetry:", len(unique), "first:", unique[0], "last:", unique[-1])
print(b.free(0, 0), b.free(3, 3), len(seen))
