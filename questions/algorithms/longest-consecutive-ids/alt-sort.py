# Sorts, then counts runs while skipping duplicates: O(n log n), which the prompt accepts.
def longestConsecutive(ids):
    best = run = 0
    prev = None
    for x in sorted(ids):
        if x == prev:
            continue
        run = run + 1 if prev is not None and x == prev + 1 else 1
        best = max(best, run)
        prev = x
    return best
