# Bit s of `bits` says total s is reachable; adding a shard ORs in a shifted copy.
def smallestLoadGap(loads):
    total = sum(loads)
    bits = 1
    for load in loads:
        bits |= bits << load
    for s in range(total // 2, -1, -1):
        if bits >> s & 1:
            return total - 2 * s
