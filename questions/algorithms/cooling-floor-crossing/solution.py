import heapq


def earliestCrossing(safeAt):
    rows, cols = len(safeAt), len(safeAt[0])
    done = [[False] * cols for _ in range(rows)]
    heap = [(safeAt[0][0], 0, 0)]
    while True:
        cost, r, c = heapq.heappop(heap)
        if done[r][c]:
            continue
        done[r][c] = True
        if r == rows - 1 and c == cols - 1:
            return cost
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and not done[nr][nc]:
                heapq.heappush(heap, (max(cost, safeAt[nr][nc]), nr, nc))
