# Searches the log for every id in turn: O(n^2).
def missingId(ids):
    for i in range(len(ids) + 1):
        if i not in ids:
            return i
    return -1
