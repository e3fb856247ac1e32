# Total minus smallest piece without the all-negative guard: then the "arc" is empty and scores 0.
def bestArc(gains):
    total = 0
    best_end = best = float("-inf")
    worst_end = worst = float("inf")
    for g in gains:
        total += g
        best_end = max(g, best_end + g)
        best = max(best, best_end)
        worst_end = min(g, worst_end + g)
        worst = min(worst, worst_end)
    return max(best, total - worst)
