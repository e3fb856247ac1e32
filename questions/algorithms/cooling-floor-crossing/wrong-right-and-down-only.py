# A table over moves to the right and down only: misses paths that must turn up or left.
def earliestCrossing(safeAt):
    rows, cols = len(safeAt), len(safeAt[0])
    best = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if r == 0 and c == 0:
                best[r][c] = safeAt[0][0]
                continue
            came = min(best[r - 1][c] if r > 0 else float("inf"), best[r][c - 1] if c > 0 else float("inf"))
            best[r][c] = max(came, safeAt[r][c])
    return best[rows - 1][cols - 1]
