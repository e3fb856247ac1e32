# Tries every start and extends it to every end: O(n^2).
def bestStretch(savings):
    best = savings[0]
    for i in range(len(savings)):
        total = 0
        for j in range(i, len(savings)):
            total += savings[j]
            if total > best:
                best = total
    return best
