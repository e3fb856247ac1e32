# Walks upwards from every id, even from the middle of a run: O(n^2) on one long run.
def longestConsecutive(ids):
    s = set(ids)
    best = 0
    for x in ids:
        y = x
        while y + 1 in s:
            y += 1
        best = max(best, y - x + 1)
    return best
