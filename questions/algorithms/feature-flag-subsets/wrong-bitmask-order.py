# Enumerates bitmasks 0..2^n-1: the right subsets in a different order.
def flagSubsets(flags):
    n = len(flags)
    return [[flags[i] for i in range(n) if mask >> i & 1] for mask in range(1 << n)]
