def cheapestBackbone(n, links):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = taken = 0
    for a, b, cost in sorted(links, key=lambda link: link[2]):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        parent[ra] = rb
        total += cost
        taken += 1
        if taken == n - 1:
            break
    return total if taken == n - 1 else -1
