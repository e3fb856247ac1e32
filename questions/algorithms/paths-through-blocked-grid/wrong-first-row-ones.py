# Sets the whole first row and column to 1, forgetting that a block cuts off everything after it.
def countRoutes(grid):
    rows, cols = len(grid), len(grid[0])
    ways = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1:
                ways[r][c] = 0
            elif r == 0 or c == 0:
                ways[r][c] = 1
            else:
                ways[r][c] = ways[r - 1][c] + ways[r][c - 1]
    return ways[-1][-1]
