# Recounts the partitions with a BFS after every link: O(m * (n + m)).
from collections import deque


def partitionsAfterLinks(n, links):
    adj = [[] for _ in range(n)]
    out = []
    for a, b in links:
        adj[a].append(b)
        adj[b].append(a)
        seen = [False] * n
        parts = 0
        for s in range(n):
            if not seen[s]:
                parts += 1
                seen[s] = True
                q = deque([s])
                while q:
                    x = q.popleft()
                    for y in adj[x]:
                        if not seen[y]:
                            seen[y] = True
                            q.append(y)
        out.append(parts)
    return out
