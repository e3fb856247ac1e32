# best[i] = values[i] + the best total ending two or more windows earlier, found by rescanning: O(n^2).
def bestValue(values):
    best = []
    for i, v in enumerate(values):
        earlier = max(best[:i - 1], default=0) if i >= 2 else 0
        best.append(v + earlier)
    return max(best, default=0)
