# Checks nested lists: grids, deep indexing, mutation through aliases, and equality.
grid = []
for r in range(3):
    row = []
    for c in range(4):
        row.append(r * 4 + c)
    grid.append(row)
print(grid)
print(grid[1], grid[1][2], grid[-1][-1])
for row in grid:
    print(row)
grid[0][0] = 'X'
print(grid[0])
transposed = []
for c in range(4):
    col = []
    for r in range(3):
        col.append(grid[r][c])
    transposed.append(col)
print(transposed)
deep = [1, [2, [3, [4, [5]]]]]
print(deep[1][1][1][1][0], deep)
inner = [1, 2]
outer = [inner, inner]
inner.append(3)
print(outer)
print([[1, 2], [3]] == [[1, 2], [3]], [[1, 2], [3]] == [[1, 2], [4]])
print([[]] * 3, len([[], []]))
flat = []
for row in [[1, 2], [3], [], [4, 5, 6]]:
    for v in row:
        flat.append(v)
print(flat)
m = [[1, 2], [3, 4]]
m[0], m[1] = m[1], m[0]
print(m)
print([1, [2, 3]] < [1, [2, 4]])
