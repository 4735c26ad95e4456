# nqueens.py: count the solutions of the n-queens puzzle by backtracking.
# Measures: recursion, list indexing and mutation, boolean logic, for loops over range.

def solve(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    count = 0

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            d1 = row + c
            d2 = row - c + n
            if not cols[c] and not diag1[d1] and not diag2[d2]:
                cols[c] = diag1[d1] = diag2[d2] = True
                place(row + 1)
                cols[c] = diag1[d1] = diag2[d2] = False

    place(0)
    return count


for n in (6, 8, 10, 11, 12):
    print("queens", n, "->", solve(n))
# Once more for n = 12, so that CPython needs about a second in all.
print("queens", 12, "->", solve(12))
