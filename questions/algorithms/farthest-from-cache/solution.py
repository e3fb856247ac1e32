from collections import deque


def farthestServer(grid):
    rows, cols = len(grid), len(grid[0])
    dist = [[-1] * cols for _ in range(rows)]
    queue = deque()
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "C":
                dist[r][c] = 0
                queue.append((r, c))
    while queue:
        r, c = queue.popleft()
        d = dist[r][c] + 1
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and dist[nr][nc] == -1:
                dist[nr][nc] = d
                queue.append((nr, nc))
    worst = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == ".":
                if dist[r][c] == -1:
                    return -1
                worst = max(worst, dist[r][c])
    return worst
