def countClusters(grid):
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen = bytearray(rows * cols)
    clusters = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1" or seen[r * cols + c]:
                continue
            clusters += 1
            seen[r * cols + c] = 1
            stack = [(r, c)]
            while stack:
                y, x = stack.pop()
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "1" and not seen[ny * cols + nx]:
                        seen[ny * cols + nx] = 1
                        stack.append((ny, nx))
    return clusters
