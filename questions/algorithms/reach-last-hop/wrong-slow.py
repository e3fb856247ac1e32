# Marks every relay reachable from each reachable relay: O(n * max reach).
def canReachEnd(reach):
    ok = [False] * len(reach)
    ok[0] = True
    for i in range(len(reach)):
        if ok[i]:
            for j in range(i + 1, min(len(reach), i + reach[i] + 1)):
                ok[j] = True
    return ok[-1]
