def missingId(ids):
    n = len(ids)
    return n * (n + 1) // 2 - sum(ids)
