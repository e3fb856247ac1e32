def _nights(jobs, cap):
    nights, load = 1, 0
    for j in jobs:
        if load + j > cap:
            nights += 1
            load = 0
        load += j
    return nights


def minCapacity(jobs, days):
    lo, hi = max(jobs), sum(jobs)
    while lo < hi:
        mid = (lo + hi) // 2
        if _nights(jobs, mid) <= days:
            hi = mid
        else:
            lo = mid + 1
    return lo
