# Combined: graph algorithms on an adjacency-dict class: BFS shortest paths, DFS with cycle detection, topological sort, Dijkstra with a hand heap, components.
class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self.adj = {}

    def add_edge(self, a, b, w=1):
        self.adj.setdefault(a, {})[b] = w
        self.adj.setdefault(b, {})
        if not self.directed:
            self.adj[b][a] = w

    def nodes(self):
        return sorted(self.adj)

    def bfs(self, start):
        dist = {start: 0}
        parent = {start: None}
        queue = [start]
        while queue:
            node = queue.pop(0)
            for nxt in sorted(self.adj[node]):
                if nxt not in dist:
                    dist[nxt] = dist[node] + 1
                    parent[nxt] = node
                    queue.append(nxt)
        return dist, parent

    def path(self, start, goal):
        dist, parent = self.bfs(start)
        if goal not in parent:
            return None
        out = []
        while goal is not None:
            out.append(goal)
            goal = parent[goal]
        return out[::-1]

    def dfs_order(self, start):
        seen, order = set(), []
        def visit(n):
            seen.add(n)
            order.append(n)
            for m in sorted(self.adj[n]):
                if m not in seen:
                    visit(m)
        visit(start)
        return order

    def has_cycle(self):
        WHITE, GREY, BLACK = 0, 1, 2
        color = {n: WHITE for n in self.adj}
        def visit(n):
            color[n] = GREY
            for m in self.adj[n]:
                if color[m] == GREY:
                    return True
                if color[m] == WHITE and visit(m):
                    return True
            color[n] = BLACK
            return False
        return any([visit(n) for n in self.nodes() if color[n] == WHITE])

    def topo_sort(self):
        indeg = {n: 0 for n in self.adj}
        for n in self.adj:
            for m in self.adj[n]:
                indeg[m] += 1
        ready = sorted([n for n, d in indeg.items() if d == 0])
        out = []
        while ready:
            n = ready.pop(0)
            out.append(n)
            for m in sorted(self.adj[n]):
                indeg[m] -= 1
                if indeg[m] == 0:
                    ready.append(m)
                    ready.sort()
        if len(out) != len(self.adj):
            raise ValueError("graph has a cycle")
        return out

    def dijkstra(self, source):
        dist = {source: 0}
        heap = [(0, source)]
        done = set()
        while heap:
            heap.sort(reverse=True)
            d, n = heap.pop()
            if n in done:
                continue
            done.add(n)
            for m, w in self.adj[n].items():
                nd = d + w
                if m not in dist or nd < dist[m]:
                    dist[m] = nd
                    heap.append((nd, m))
        return dist

    def components(self):
        seen = set()
        comps = []
        for n in self.nodes():
            if n not in seen:
                comp = self.dfs_order(n)
                seen.update(comp)
                comps.append(sorted(comp))
        return comps


g = Graph()
for a, b in ["AB", "AC", "BD", "CD", "DE", "FG", "EH", "HI", "CI"]:
    g.add_edge(a, b)
print(g.nodes())
dist, _ = g.bfs("A")
print(dist)
print(g.path("A", "I"), g.path("A", "H"), g.path("A", "G"), g.path("F", "G"))
print(g.dfs_order("A"), g.components())

dag = Graph(directed=True)
for a, b in [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"),
             ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes"), ("undershorts", "pants"), ("undershorts", "shoes")]:
    dag.add_edge(a, b)
print(dag.has_cycle(), dag.topo_sort())
dag.add_edge("jacket", "shirt")
print(dag.has_cycle())
try:
    dag.topo_sort()
except ValueError as e:
    print("ValueError:", e)

roads = Graph()
for a, b, w in [("s", "a", 7), ("s", "b", 2), ("b", "a", 3), ("a", "c", 1), ("b", "c", 8), ("c", "t", 2), ("b", "t", 12), ("x", "y", 1)]:
    roads.add_edge(a, b, w)
d = roads.dijkstra("s")
print(sorted(d.items()), "unreachable:", [n for n in roads.nodes() if n not in d])
print(len(roads.components()), [len(c) for c in roads.components()])
grid = ["S.#.....", ".##.###.", "....#...", "##.##.#.", "......#G"]
maze = Graph()
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if ch == "#":
            continue
        for dr, dc in ((0, 1), (1, 0)):
            rr, cc = r + dr, c + dc
            if rr < len(grid) and cc < len(row) and grid[rr][cc] != "#":
                maze.add_edge((r, c), (rr, cc))
route = maze.path((0, 0), (4, 7))
print(len(route) - 1, route[:4], route[-3:])
canvas = [list(row) for row in grid]
for r, c in route[1:-1]:
    canvas[r][c] = "*"
print("\n".join(["".join(row) for row in canvas]))
