def maxWindowSum(counts, k):
    s = sum(counts[:k])
    best = s
    for i in range(k, len(counts)):
        s += counts[i] - counts[i - k]
        if s > best:
            best = s
    return best
