# Returns the partial order even when a cycle leaves services undeployed.
import heapq


def deployOrder(services, dependsOn):
    waiting = {s: 0 for s in services}
    dependents = {s: [] for s in services}
    for a, b in dependsOn:
        waiting[a] += 1
        dependents[b].append(a)
    ready = [s for s, n in waiting.items() if n == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        s = heapq.heappop(ready)
        order.append(s)
        for d in dependents[s]:
            waiting[d] -= 1
            if waiting[d] == 0:
                heapq.heappush(ready, d)
    return order
