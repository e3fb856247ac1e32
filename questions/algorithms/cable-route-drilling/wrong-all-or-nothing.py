# Either drills straight through (if the drills cover the walls on one straight route) or avoids
# every wall; never a route that drills some walls and walks around others.
from collections import deque


def shortestCableRoute(grid, drills):
    rows, cols = len(grid), len(grid[0])
    along_top_then_down = [grid[0][c] for c in range(cols)] + [grid[r][cols - 1] for r in range(1, rows)]
    if along_top_then_down.count("#") <= drills:
        return rows + cols - 2
    seen = {(0, 0)}
    queue = deque([(0, 0, 0)])
    while queue:
        r, c, steps = queue.popleft()
        if (r, c) == (rows - 1, cols - 1):
            return steps
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in seen:
                seen.add((nr, nc))
                queue.append((nr, nc, steps + 1))
    return -1
