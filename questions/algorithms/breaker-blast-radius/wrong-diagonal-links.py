# Spreads to all eight neighbours, so racks touching only at a corner are linked.
def blastRadius(circuit, row, col):
    rows, cols = len(circuit), len(circuit[0])
    target = circuit[row][col]
    seen = {(row, col)}
    stack = [(row, col)]
    while stack:
        r, c = stack.pop()
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen and circuit[nr][nc] == target:
                    seen.add((nr, nc))
                    stack.append((nr, nc))
    return len(seen)
