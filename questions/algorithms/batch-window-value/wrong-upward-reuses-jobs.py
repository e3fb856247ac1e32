# Updates the table from small budgets upward, so one job can be counted several times.
def bestBatchValue(costs, values, budget):
    best = [0] * (budget + 1)
    for c, v in zip(costs, values):
        for b in range(c, budget + 1):
            best[b] = max(best[b], best[b - c] + v)
    return best[budget]
