# Enumerates bitmasks 0..2^n-1: the same subsets in another order, which the prompt allows.
def flagSubsets(flags):
    n = len(flags)
    return [[flags[i] for i in range(n) if mask >> i & 1] for mask in range(1 << n)]
