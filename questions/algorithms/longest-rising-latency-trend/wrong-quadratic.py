# The textbook O(n^2) DP: right answers, too slow for 200,000 hosts.
def longestRising(versions):
    best = [1] * len(versions)
    for i in range(len(versions)):
        for j in range(i):
            if versions[j] < versions[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return max(best, default=0)
