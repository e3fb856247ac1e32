# Kruskal that asks "already connected?" with a fresh graph search each time: O(E * (V + E)).
def cheapestBackbone(n, links):
    adj = [[] for _ in range(n)]

    def connected(a, b):
        seen = {a}
        stack = [a]
        while stack:
            u = stack.pop()
            if u == b:
                return True
            for v in adj[u]:
                if v not in seen:
                    seen.add(v)
                    stack.append(v)
        return False

    total = taken = 0
    for a, b, cost in sorted(links, key=lambda link: link[2]):
        if connected(a, b):
            continue
        adj[a].append(b)
        adj[b].append(a)
        total += cost
        taken += 1
    return total if taken == n - 1 else -1
