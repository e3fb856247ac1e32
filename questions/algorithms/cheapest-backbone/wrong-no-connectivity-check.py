# Kruskal without checking at the end that n - 1 leases were taken: a split network gets a price.
def cheapestBackbone(n, links):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    total = 0
    for a, b, cost in sorted(links, key=lambda link: link[2]):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            total += cost
    return total
