# A fresh breadth-first search from every server until it meets a cache: O((rows * cols)^2).
from collections import deque


def farthestServer(grid):
    rows, cols = len(grid), len(grid[0])
    worst = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != ".":
                continue
            seen = {(r, c): 0}
            queue = deque([(r, c)])
            found = -1
            while queue:
                y, x = queue.popleft()
                if grid[y][x] == "C":
                    found = seen[(y, x)]
                    break
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] != "#" and (ny, nx) not in seen:
                        seen[(ny, nx)] = seen[(y, x)] + 1
                        queue.append((ny, nx))
            if found < 0:
                return -1
            worst = max(worst, found)
    return worst
