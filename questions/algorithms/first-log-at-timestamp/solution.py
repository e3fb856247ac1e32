def _first(times, target):
    lo, hi = 0, len(times)
    while lo < hi:
        mid = (lo + hi) // 2
        if times[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(times) and times[lo] == target else -1


def firstIndexes(times, queries):
    return [_first(times, q) for q in queries]
