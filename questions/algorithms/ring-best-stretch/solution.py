def bestArc(gains):
    total = 0
    best_end, best = float("-inf"), float("-inf")
    worst_end, worst = float("inf"), float("inf")
    for g in gains:
        total += g
        best_end = max(g, best_end + g)
        best = max(best, best_end)
        worst_end = min(g, worst_end + g)
        worst = min(worst, worst_end)
    if best < 0:
        return best
    return max(best, total - worst)
