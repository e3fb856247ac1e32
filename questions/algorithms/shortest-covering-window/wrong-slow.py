# Tries every start and extends until covered: O(n^2) windows.
def shortestCover(log, codes):
    if not codes:
        return ""
    need = {}
    for c in codes:
        need[c] = need.get(c, 0) + 1
    best = ""
    for i in range(len(log)):
        have = {}
        for j in range(i, len(log)):
            have[log[j]] = have.get(log[j], 0) + 1
            if all(have.get(c, 0) >= k for c, k in need.items()):
                if not best or j - i + 1 < len(best):
                    best = log[i:j + 1]
                break
    return best
