# Breadth-first search over (row, column, drills left) states, each state visited once.
from collections import deque


def shortestCableRoute(grid, drills):
    rows, cols = len(grid), len(grid[0])
    start = (0, 0, drills)
    seen = {start}
    queue = deque([(start, 0)])
    while queue:
        (r, c, left), steps = queue.popleft()
        if r == rows - 1 and c == cols - 1:
            return steps
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols:
                state = (nr, nc, left - (grid[nr][nc] == "#"))
                if state[2] >= 0 and state not in seen:
                    seen.add(state)
                    queue.append((state, steps + 1))
    return -1
