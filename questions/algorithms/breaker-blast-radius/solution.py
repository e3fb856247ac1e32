from collections import deque


def blastRadius(circuit, row, col):
    rows, cols = len(circuit), len(circuit[0])
    target = circuit[row][col]
    seen = {(row, col)}
    queue = deque([(row, col)])
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen and circuit[nr][nc] == target:
                seen.add((nr, nc))
                queue.append((nr, nc))
    return len(seen)
