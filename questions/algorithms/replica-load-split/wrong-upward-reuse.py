# Fills the table upward, so one shard can be counted several times in the same pass.
def smallestLoadGap(loads):
    total = sum(loads)
    half = total // 2
    reachable = [False] * (half + 1)
    reachable[0] = True
    for load in loads:
        for s in range(load, half + 1):
            if reachable[s - load]:
                reachable[s] = True
    s = half
    while not reachable[s]:
        s -= 1
    return total - 2 * s
