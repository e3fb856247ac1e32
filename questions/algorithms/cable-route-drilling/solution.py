from collections import deque


def shortestCableRoute(grid, drills):
    rows, cols = len(grid), len(grid[0])
    if rows == 1 and cols == 1:
        return 0
    k = min(drills, rows + cols - 3)
    most = [[-1] * cols for _ in range(rows)]
    most[0][0] = k
    queue = deque([(0, 0, k, 0)])
    while queue:
        r, c, left, steps = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if not (0 <= nr < rows and 0 <= nc < cols):
                continue
            remaining = left - 1 if grid[nr][nc] == "#" else left
            if remaining < 0:
                continue
            if nr == rows - 1 and nc == cols - 1:
                return steps + 1
            if remaining <= most[nr][nc]:
                continue
            most[nr][nc] = remaining
            queue.append((nr, nc, remaining, steps + 1))
    return -1
