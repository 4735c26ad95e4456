# Combined: a sudoku solver with constraint sets (sets of small ints), naked singles propagation plus backtracking, validation errors and grid printing.
class InvalidPuzzle(Exception):
    pass


class Sudoku:
    def __init__(self, text):
        digits = [c for c in text if c in "0123456789."]
        if len(digits) != 81:
            raise InvalidPuzzle(f"expected 81 cells, got {len(digits)}")
        self.cells = [0 if c == "." else int(c) for c in digits]
        for i, v in enumerate(self.cells):
            if v and v not in self.candidates(i, ignore_self=True):
                raise InvalidPuzzle(f"conflict at row {i // 9 + 1}, col {i % 9 + 1}")
        self.guesses = 0

    @staticmethod
    def peers(i):
        r, c = divmod(i, 9)
        br, bc = r // 3 * 3, c // 3 * 3
        out = set()
        for k in range(9):
            out.add(r * 9 + k)
            out.add(k * 9 + c)
            out.add((br + k // 3) * 9 + bc + k % 3)
        out.discard(i)
        return out

    def candidates(self, i, ignore_self=False):
        used = {self.cells[p] for p in PEERS[i]}
        return {1, 2, 3, 4, 5, 6, 7, 8, 9} - used

    def propagate(self):
        changed = True
        filled = 0
        while changed:
            changed = False
            for i in range(81):
                if self.cells[i] == 0:
                    cand = self.candidates(i)
                    if not cand:
                        return -1
                    if len(cand) == 1:
                        self.cells[i] = cand.pop()
                        filled += 1
                        changed = True
        return filled

    def solve(self):
        saved = self.cells[:]
        if self.propagate() < 0:
            self.cells = saved
            return False
        empty = [i for i in range(81) if self.cells[i] == 0]
        if not empty:
            return True
        best = min(empty, key=lambda i: (len(self.candidates(i)), i))
        for v in sorted(self.candidates(best)):
            self.guesses += 1
            self.cells[best] = v
            if self.solve():
                return True
            self.cells[best] = 0
        self.cells = saved
        return False

    def is_valid(self):
        for i in range(81):
            if self.cells[i] == 0 or self.cells[i] in {self.cells[p] for p in PEERS[i]}:
                return False
        return True

    def __str__(self):
        lines = []
        for r in range(9):
            row = ""
            for c in range(9):
                v = self.cells[r * 9 + c]
                row += (str(v) if v else ".") + (" | " if c in (2, 5) else " ")
            lines.append(row.rstrip())
            if r in (2, 5):
                lines.append("------+-------+------")
        return "\n".join(lines)


PEERS = [Sudoku.peers(i) for i in range(81)]
print(len(PEERS[0]), sorted(PEERS[40])[:8], len({len(p) for p in PEERS}))

easy = """
53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79
"""
s = Sudoku(easy)
print(s.propagate(), "cells filled by singles")
print(s.solve(), s.is_valid(), "guesses:", s.guesses)
print(s)

medium = "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759.."
h = Sudoku(medium)
print("medium: singles fill", Sudoku(medium).propagate())
print(h.solve(), h.is_valid(), "guesses:", h.guesses)
print("".join([str(v) for v in h.cells[:27]]))
for bad in ["123", "55" + "." * 79, "." * 80 + "x"]:
    try:
        Sudoku(bad)
    except InvalidPuzzle as e:
        print("InvalidPuzzle:", e)
