# Keeps the previous row of the table and builds the next one from it.
def bestBatchValue(costs, values, budget):
    prev = [0] * (budget + 1)
    for c, v in zip(costs, values):
        cur = prev[:]
        for b in range(c, budget + 1):
            take = prev[b - c] + v
            if take > cur[b]:
                cur[b] = take
        prev = cur
    return prev[budget]
