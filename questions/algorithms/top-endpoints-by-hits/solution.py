from collections import Counter


def topEndpoints(requests, k):
    counts = Counter(requests)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [name for name, _ in ranked[:k]]
