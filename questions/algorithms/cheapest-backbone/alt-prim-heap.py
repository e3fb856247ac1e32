# Prim: grow one tree from datacenter 0, always adding the cheapest link that leaves it.
import heapq


def cheapestBackbone(n, links):
    adj = [[] for _ in range(n)]
    for a, b, cost in links:
        adj[a].append((cost, b))
        adj[b].append((cost, a))
    best = [float("inf")] * n
    seen = [False] * n
    best[0] = 0
    heap = [(0, 0)]
    total = count = 0
    while heap:
        cost, u = heapq.heappop(heap)
        if seen[u]:
            continue
        seen[u] = True
        total += cost
        count += 1
        for c, v in adj[u]:
            if not seen[v] and c < best[v]:
                best[v] = c
                heapq.heappush(heap, (c, v))
    return total if count == n else -1
