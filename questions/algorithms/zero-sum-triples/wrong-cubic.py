# Tries every triple of positions: O(n^3).
def zeroSumTriples(amounts):
    n = len(amounts)
    found = set()
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j + 1, n):
                if amounts[i] + amounts[j] + amounts[k] == 0:
                    found.add(tuple(sorted((amounts[i], amounts[j], amounts[k]))))
    return [list(t) for t in sorted(found)]
