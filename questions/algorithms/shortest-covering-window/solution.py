def shortestCover(log, codes):
    if not codes:
        return ""
    need = {}
    for c in codes:
        need[c] = need.get(c, 0) + 1
    missing = len(need)
    have = {}
    best_start, best_len = 0, None
    left = 0
    for right, c in enumerate(log):
        if c in need:
            have[c] = have.get(c, 0) + 1
            if have[c] == need[c]:
                missing -= 1
        while missing == 0:
            if best_len is None or right - left + 1 < best_len:
                best_len = right - left + 1
                best_start = left
            d = log[left]
            left += 1
            if d in need:
                if have[d] == need[d]:
                    missing += 1
                have[d] -= 1
    return "" if best_len is None else log[best_start:best_start + best_len]
