def bestValue(values):
    prev = cur = 0
    for v in values:
        prev, cur = cur, max(cur, prev + v)
    return cur
