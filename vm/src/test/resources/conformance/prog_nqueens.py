# Combined: N-queens backtracking solver counting solutions and printing the first board.
def solve(n):
    solutions = []
    cols = []
    def safe(row, col):
        for r in range(row):
            c = cols[r]
            if c == col or abs(c - col) == row - r:
                return False
        return True
    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for col in range(n):
            if safe(row, col):
                cols.append(col)
                place(row + 1)
                cols.pop()
    place(0)
    return solutions

for n in range(1, 9):
    print(n, len(solve(n)))
first = solve(8)[0]
print(first)
for c in first:
    print('. ' * c + 'Q ' + '. ' * (7 - c))
print(solve(4))
