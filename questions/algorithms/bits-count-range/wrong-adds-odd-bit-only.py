# Builds on the previous number (i - 1) instead of i >> 1: carries that clear bits (3 -> 4) are missed.
def flagCounts(n):
    counts = [0] * (n + 1)
    for i in range(1, n + 1):
        counts[i] = counts[i - 1] + (i & 1)
    return counts
