def spiralAudit(racks):
    out = []
    top, bottom, left, right = 0, len(racks) - 1, 0, len(racks[0]) - 1
    while top <= bottom and left <= right:
        out.extend(racks[top][c] for c in range(left, right + 1))
        top += 1
        out.extend(racks[r][right] for r in range(top, bottom + 1))
        right -= 1
        if top <= bottom:
            out.extend(racks[bottom][c] for c in range(right, left - 1, -1))
            bottom -= 1
        if left <= right:
            out.extend(racks[r][left] for r in range(bottom, top - 1, -1))
            left += 1
    return out
