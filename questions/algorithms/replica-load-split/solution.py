def smallestLoadGap(loads):
    total = sum(loads)
    half = total // 2
    reachable = [False] * (half + 1)
    reachable[0] = True
    for load in loads:
        for s in range(half, load - 1, -1):
            if reachable[s - load]:
                reachable[s] = True
    s = half
    while not reachable[s]:
        s -= 1
    return total - 2 * s
