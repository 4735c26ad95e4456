# Combined: Conway's game of life on a wrapping grid class, with pattern loading, generations, population history and period detection.
class Grid:
    def __init__(self, width, height, live=()):
        self.width = width
        self.height = height
        self.cells = set()
        for x, y in live:
            self.cells.add((x % width, y % height))

    @classmethod
    def parse(cls, rows, width=None, height=None):
        live = []
        for y, row in enumerate(rows):
            for x, ch in enumerate(row):
                if ch == "#":
                    live.append((x, y))
        return cls(width or len(rows[0]), height or len(rows), live)

    def neighbours(self, x, y):
        n = 0
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                if (dx or dy) and ((x + dx) % self.width, (y + dy) % self.height) in self.cells:
                    n += 1
        return n

    def step(self):
        candidates = set()
        for x, y in self.cells:
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    candidates.add(((x + dx) % self.width, (y + dy) % self.height))
        born = []
        for x, y in candidates:
            n = self.neighbours(x, y)
            if n == 3 or (n == 2 and (x, y) in self.cells):
                born.append((x, y))
        return Grid(self.width, self.height, born)

    def key(self):
        return tuple(sorted(self.cells))

    def __len__(self):
        return len(self.cells)

    def __eq__(self, other):
        return self.cells == other.cells

    def __str__(self):
        rows = []
        for y in range(self.height):
            rows.append("".join(["#" if (x, y) in self.cells else "." for x in range(self.width)]))
        return "\n".join(rows)

    def bbox(self):
        if not self.cells:
            return None
        xs = [x for x, _ in self.cells]
        ys = [y for _, y in self.cells]
        return (min(xs), min(ys), max(xs), max(ys))


def run(grid, limit):
    seen = {grid.key(): 0}
    history = [len(grid)]
    for gen in range(1, limit + 1):
        grid = grid.step()
        history.append(len(grid))
        k = grid.key()
        if k in seen:
            return grid, history, (seen[k], gen - seen[k])
        seen[k] = gen
    return grid, history, None


blinker = Grid.parse([".....", "..#..", "..#..", "..#..", "....."])
print(blinker)
print()
print(blinker.step())
print(blinker.step().step() == blinker, len(blinker), blinker.bbox())

patterns = {
    "block": ["....", ".##.", ".##.", "...."],
    "toad": ["......", "......", "..###.", ".###..", "......", "......"],
    "beacon": ["......", ".##...", ".##...", "...##.", "...##.", "......"],
    "glider": [".#......", "..#.....", "###.....", "........", "........", "........", "........", "........"],
    "r-pent": [".##.....", "##......", ".#......", "........", "........", "........", "........", "........"],
    "diehard": ["......#.", "##......", ".#...###", "........", "........", "........", "........", "........"],
}
for name, rows in patterns.items():
    g = Grid.parse(rows)
    final, history, cycle = run(g, 60)
    if cycle:
        desc = f"cycle starts at gen {cycle[0]}, period {cycle[1]}"
    else:
        desc = "no cycle within 60"
    print(f"{name:<8} pop {history[:8]}{'...' if len(history) > 8 else ''} -> {desc}; final {len(final)} bbox {final.bbox()}")

g = Grid.parse(patterns["glider"])
for _ in range(4):
    g = g.step()
print(g)
print(g.key())
moved = Grid(8, 8, [(x + 1, y + 1) for x, y in Grid.parse(patterns["glider"]).cells])
print("glider moved by (1,1):", g == moved)
for _ in range(28):
    g = g.step()
print("after 32 gens back home:", g == Grid.parse(patterns["glider"]), g.bbox())
