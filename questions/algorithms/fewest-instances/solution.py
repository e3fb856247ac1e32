def fewestInstances(sizes, target):
    INF = float("inf")
    best = [0] + [INF] * target
    for t in range(1, target + 1):
        for s in sizes:
            if s <= t and best[t - s] + 1 < best[t]:
                best[t] = best[t - s] + 1
    return -1 if best[target] == INF else best[target]
