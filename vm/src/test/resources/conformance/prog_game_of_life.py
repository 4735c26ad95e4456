# Combined: Conway's game of life on a small wrapping grid, plus Pascal's triangle.
def step(grid):
    rows = len(grid)
    cols = len(grid[0])
    new = []
    for r in range(rows):
        row = []
        for c in range(cols):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr == 0 and dc == 0:
                        continue
                    n += grid[(r + dr) % rows][(c + dc) % cols]
            alive = grid[r][c] == 1
            row.append(1 if (alive and n in (2, 3)) or (not alive and n == 3) else 0)
        new.append(row)
    return new

def show(grid):
    for row in grid:
        line = ''
        for v in row:
            line += '#' if v else '.'
        print(line)
    print()

g = []
for r in range(6):
    g.append([0] * 6)
g[0][1] = 1
g[1][2] = 1
g[2][0] = 1
g[2][1] = 1
g[2][2] = 1
for gen in range(3):
    print('generation', gen)
    show(g)
    g = step(g)
row = [1]
for i in range(10):
    print(row)
    nxt = [1]
    for j in range(len(row) - 1):
        nxt.append(row[j] + row[j + 1])
    nxt.append(1)
    row = nxt
