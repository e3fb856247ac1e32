# Walks one rack at a time and turns clockwise when the next one is outside or already audited.
def spiralAudit(racks):
    rows, cols = len(racks), len(racks[0])
    seen = [[False] * cols for _ in range(rows)]
    dirs = ((0, 1), (1, 0), (0, -1), (-1, 0))
    out, r, c, d = [], 0, 0, 0
    for _ in range(rows * cols):
        out.append(racks[r][c])
        seen[r][c] = True
        nr, nc = r + dirs[d][0], c + dirs[d][1]
        if not (0 <= nr < rows and 0 <= nc < cols) or seen[nr][nc]:
            d = (d + 1) % 4
            nr, nc = r + dirs[d][0], c + dirs[d][1]
        r, c = nr, nc
    return out
