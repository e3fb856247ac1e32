# Scans forward from every second: O(n^2) on a long falling sequence.
def waitForHigher(loads):
    out = []
    for i, x in enumerate(loads):
        d = 0
        for j in range(i + 1, len(loads)):
            if loads[j] > x:
                d = j - i
                break
        out.append(d)
    return out
