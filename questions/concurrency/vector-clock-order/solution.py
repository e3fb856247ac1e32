def compareClocks(a, b):
    a_ahead = b_ahead = False
    for rid in set(a) | set(b):
        x, y = a.get(rid, 0), b.get(rid, 0)
        if x > y:
            a_ahead = True
        elif y > x:
            b_ahead = True
    if a_ahead and b_ahead:
        return "concurrent"
    if a_ahead:
        return "after"
    if b_ahead:
        return "before"
    return "equal"
