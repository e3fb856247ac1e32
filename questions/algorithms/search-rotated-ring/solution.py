def searchRotated(ring, target):
    lo, hi = 0, len(ring) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if ring[mid] == target:
            return mid
        if ring[lo] <= ring[mid]:
            if ring[lo] <= target < ring[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        elif ring[mid] < target <= ring[hi]:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
