# The right recurrence without memoization: the same totals are solved again and again.
def fewestInstances(sizes, target):
    def fewest(t):
        if t == 0:
            return 0
        best = -1
        for s in sizes:
            if s <= t:
                r = fewest(t - s)
                if r >= 0 and (best < 0 or r + 1 < best):
                    best = r + 1
        return best

    return fewest(target)
