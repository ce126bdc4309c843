# Graph algorithms: BFS shortest paths, iterative and recursive DFS, cycle detection, topological sort.


class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self.adj = {}

    def add_edge(self, a, b):
        self.adj.setdefault(a, [])
        self.adj.setdefault(b, [])
        self.adj[a].append(b)
        if not self.directed:
            self.adj[b].append(a)

    def bfs(self, start):
        dist = {start: 0}
        parent = {start: None}
        queue = [start]
        head = 0
        order = []
        while head < len(queue):
            node = queue[head]
            head += 1
            order.append(node)
            for nxt in self.adj[node]:
                if nxt not in dist:
                    dist[nxt] = dist[node] + 1
                    parent[nxt] = node
                    queue.append(nxt)
        return order, dist, parent

    def path(self, start, goal):
        _, _, parent = self.bfs(start)
        if goal not in parent:
            return None
        out = []
        while goal is not None:
            out.append(goal)
            goal = parent[goal]
        return out[::-1]

    def dfs_recursive(self, start, seen=None):
        if seen is None:
            seen = []
        seen.append(start)
        for nxt in self.adj[start]:
            if nxt not in seen:
                self.dfs_recursive(nxt, seen)
        return seen

    def dfs_iterative(self, start):
        seen, stack, order = set(), [start], []
        while stack:
            node = stack.pop()
            if node in seen:
                continue
            seen.add(node)
            order.append(node)
            for nxt in reversed(self.adj[node]):
                if nxt not in seen:
                    stack.append(nxt)
        return order

    def components(self):
        seen = set()
        comps = []
        for node in self.adj:
            if node not in seen:
                comp = self.dfs_iterative(node)
                seen.update(comp)
                comps.append(sorted(comp))
        return comps

    def topo_sort(self):
        state = {}
        out = []

        def visit(n):
            if state.get(n) == "active":
                raise ValueError("cycle through %r" % (n,))
            if state.get(n) == "done":
                return
            state[n] = "active"
            for m in self.adj[n]:
                visit(m)
            state[n] = "done"
            out.append(n)
        for n in self.adj:
            visit(n)
        return out[::-1]


g = Graph()
for a, b in [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (5, 6), (7, 8)]:
    g.add_edge(a, b)
order, dist, _ = g.bfs(1)
print("bfs order", order)
print("distances", dist)
print("path 1->6", g.path(1, 6), "path 1->8", g.path(1, 8))
print("dfs recursive", g.dfs_recursive(1))
print("dfs iterative", g.dfs_iterative(1))
print("components", g.components())

dag = Graph(directed=True)
for a, b in [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"),
             ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes")]:
    dag.add_edge(a, b)
print("topo", dag.topo_sort())
dag.add_edge("jacket", "shirt")
try:
    dag.topo_sort()
except ValueError as e:
    print("error:", e)

# grid maze BFS
maze = [
    "S.#.....",
    ".##.###.",
    "....#...",
    "##.##.#.",
    "...#..#E",
]
grid = Graph()
for r, row in enumerate(maze):
    for c, ch in enumerate(row):
        if ch == "#":
            continue
        grid.adj.setdefault((r, c), [])
        for dr, dc in ((0, 1), (1, 0)):
            rr, cc = r + dr, c + dc
            if rr < len(maze) and cc < len(row) and maze[rr][cc] != "#":
                grid.add_edge((r, c), (rr, cc))
p = grid.path((0, 0), (4, 7))
print("maze path length", len(p) - 1)
lines = [list(row) for row in maze]
for r, c in p[1:-1]:
    lines[r][c] = "*"
print("\n".join("".join(l) for l in lines))
