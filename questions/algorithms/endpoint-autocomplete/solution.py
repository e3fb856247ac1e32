from bisect import bisect_left


def suggestNames(names, typed):
    ordered = sorted(set(names))
    out = []
    lo = 0
    for i in range(1, len(typed) + 1):
        prefix = typed[:i]
        lo = bisect_left(ordered, prefix, lo)
        row = []
        j = lo
        while j < len(ordered) and len(row) < 3 and ordered[j].startswith(prefix):
            row.append(ordered[j])
            j += 1
        out.append(row)
    return out
