# Ignores the rotation: a plain binary search misses targets on the "wrong" side of the break.
def searchRotated(ring, target):
    lo, hi = 0, len(ring) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if ring[mid] == target:
            return mid
        if ring[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
