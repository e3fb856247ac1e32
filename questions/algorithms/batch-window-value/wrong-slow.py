# Tries both choices for every job without remembering anything: O(2^n).
def bestBatchValue(costs, values, budget):
    def go(i, left):
        if i == len(costs):
            return 0
        best = go(i + 1, left)
        if costs[i] <= left:
            best = max(best, values[i] + go(i + 1, left - costs[i]))
        return best

    return go(0, budget)
