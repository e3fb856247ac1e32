# Uses the frame formula alone and forgets that with enough distinct jobs no slot is ever idle (answer >= len(jobs)).
from collections import Counter


def minBatchSlots(jobs, cooldown):
    if not jobs:
        return 0
    counts = Counter(jobs)
    top = max(counts.values())
    tied = sum(1 for c in counts.values() if c == top)
    return (top - 1) * (cooldown + 1) + tied
