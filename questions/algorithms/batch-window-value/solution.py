def bestBatchValue(costs, values, budget):
    best = [0] * (budget + 1)
    for c, v in zip(costs, values):
        for b in range(budget, c - 1, -1):
            if best[b - c] + v > best[b]:
                best[b] = best[b - c] + v
    return best[budget]
