# Correct ranking, but counts each distinct endpoint by rescanning the whole log: O(n * distinct).
def topEndpoints(requests, k):
    ranked = []
    for name in set(requests):
        ranked.append((-requests.count(name), name))
    ranked.sort()
    return [name for _, name in ranked[:k]]
