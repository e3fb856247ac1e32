# Walks every simple route by backtracking and keeps the shortest: exponential in the grid size.
def shortestCableRoute(grid, drills):
    rows, cols = len(grid), len(grid[0])
    on_path = set()
    best = [float("inf")]

    def walk(r, c, left, steps):
        if steps >= best[0]:
            return
        if r == rows - 1 and c == cols - 1:
            best[0] = steps
            return
        on_path.add((r, c))
        for nr, nc in ((r + 1, c), (r, c + 1), (r - 1, c), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in on_path:
                remaining = left - 1 if grid[nr][nc] == "#" else left
                if remaining >= 0:
                    walk(nr, nc, remaining, steps + 1)
        on_path.discard((r, c))

    walk(0, 0, drills, 0)
    return -1 if best[0] == float("inf") else best[0]
