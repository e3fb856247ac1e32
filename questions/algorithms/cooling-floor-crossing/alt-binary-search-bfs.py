# Binary search over the distinct values; a breadth-first search checks each guess.
from collections import deque


def earliestCrossing(safeAt):
    rows, cols = len(safeAt), len(safeAt[0])

    def crosses(t):
        if safeAt[0][0] > t:
            return False
        seen = [[False] * cols for _ in range(rows)]
        seen[0][0] = True
        queue = deque([(0, 0)])
        while queue:
            r, c = queue.popleft()
            if r == rows - 1 and c == cols - 1:
                return True
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and not seen[nr][nc] and safeAt[nr][nc] <= t:
                    seen[nr][nc] = True
                    queue.append((nr, nc))
        return False

    values = sorted({v for row in safeAt for v in row})
    lo, hi = 0, len(values) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if crosses(values[mid]):
            hi = mid
        else:
            lo = mid + 1
    return values[lo]
