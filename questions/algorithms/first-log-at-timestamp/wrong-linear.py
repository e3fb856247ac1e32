# Scans the log for every query: O(n) per query, O(n*q) in all.
def firstIndexes(times, queries):
    out = []
    for q in queries:
        found = -1
        for i, t in enumerate(times):
            if t == q:
                found = i
                break
            if t > q:
                break
        out.append(found)
    return out
