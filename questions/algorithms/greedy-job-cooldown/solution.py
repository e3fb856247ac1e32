from collections import Counter


def minBatchSlots(jobs, cooldown):
    if not jobs:
        return 0
    counts = Counter(jobs)
    top = max(counts.values())
    tied = sum(1 for c in counts.values() if c == top)
    return max(len(jobs), (top - 1) * (cooldown + 1) + tied)
