# Bellman-Ford: relaxes every edge up to n-1 times, O(V * E).
def lowestLatency(n, edges, source, target):
    dist = [float("inf")] * n
    dist[source] = 0
    for _ in range(n - 1):
        changed = False
        for a, b, w in edges:
            if dist[a] + w < dist[b]:
                dist[b] = dist[a] + w
                changed = True
        if not changed:
            break
    return -1 if dist[target] == float("inf") else dist[target]
