def maxXorPair(nums):
    if len(nums) < 2:
        return 0
    best = 0
    mask = 0
    for bit in range(30, -1, -1):
        mask |= 1 << bit
        prefixes = {x & mask for x in nums}
        candidate = best | (1 << bit)
        # Two prefixes p, q with p ^ q == candidate exist iff some p ^ candidate is a prefix too.
        if not prefixes.isdisjoint({p ^ candidate for p in prefixes}):
            best = candidate
    return best
