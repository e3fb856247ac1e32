# The best stretch ending at i is prefix[i + 1] minus the smallest earlier prefix.
def bestStretch(savings):
    prefix = 0
    lowest = 0
    best = None
    for x in savings:
        prefix += x
        candidate = prefix - lowest
        if best is None or candidate > best:
            best = candidate
        if prefix < lowest:
            lowest = prefix
    return best
