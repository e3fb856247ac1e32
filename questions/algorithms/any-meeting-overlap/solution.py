def hasOverlap(meetings):
    m = sorted(meetings)
    return any(m[i][0] < m[i - 1][1] for i in range(1, len(m)))
