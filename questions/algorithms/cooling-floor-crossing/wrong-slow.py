# Tries every distinct value in increasing order with a fresh flood fill: O((rows * cols)^2).
def earliestCrossing(safeAt):
    rows, cols = len(safeAt), len(safeAt[0])
    for t in sorted({v for row in safeAt for v in row}):
        if safeAt[0][0] > t:
            continue
        seen = {(0, 0)}
        stack = [(0, 0)]
        while stack:
            r, c = stack.pop()
            if (r, c) == (rows - 1, cols - 1):
                return t
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen and safeAt[nr][nc] <= t:
                    seen.add((nr, nc))
                    stack.append((nr, nc))
    return -1
