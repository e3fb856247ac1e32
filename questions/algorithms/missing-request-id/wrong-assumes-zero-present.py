# Sums from min to max of the log, as if the smallest and largest ids were always there.
def missingId(ids):
    lo, hi = min(ids), max(ids)
    expected = (lo + hi) * (hi - lo + 1) // 2
    return expected - sum(ids)
