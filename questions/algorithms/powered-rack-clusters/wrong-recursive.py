# Recursive flood fill: fine on small grids, but a long snake of racks overflows the recursion limit.
def countClusters(grid):
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen = set()

    def fill(y, x):
        if not (0 <= y < rows and 0 <= x < cols) or grid[y][x] != "1" or (y, x) in seen:
            return
        seen.add((y, x))
        fill(y + 1, x); fill(y - 1, x); fill(y, x + 1); fill(y, x - 1)

    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "1" and (r, c) not in seen:
                count += 1
                fill(r, c)
    return count
