# Re-sums every window: O(n*k), too slow for long inputs with a wide window.
def maxWindowSum(counts, k):
    return max(sum(counts[i:i + k]) for i in range(len(counts) - k + 1))
