# Sorts the flags inside each subset by name instead of keeping their order in `flags`.
from itertools import combinations


def flagSubsets(flags):
    out = []
    for k in range(len(flags) + 1):
        for combo in combinations(flags, k):
            out.append(sorted(combo))
    return out
