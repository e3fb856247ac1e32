# Every start, every length: O(n^2).
def bestArc(gains):
    n = len(gains)
    best = gains[0]
    for start in range(n):
        total = 0
        for length in range(n):
            total += gains[(start + length) % n]
            if total > best:
                best = total
    return best
