# Compares the totals of the counters, which cannot see concurrency.
def compareClocks(a, b):
    x, y = sum(a.values()), sum(b.values())
    if x == y:
        return "equal"
    return "before" if x < y else "after"
