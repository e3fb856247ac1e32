# Tries the subsequences of the shorter log from the longest down: exponential.
from itertools import combinations


def _is_subsequence(sub, s):
    it = iter(s)
    return all(c in it for c in sub)


def commonHistory(a, b):
    short, other = (a, b) if len(a) <= len(b) else (b, a)
    for k in range(len(short), 0, -1):
        for idx in combinations(range(len(short)), k):
            if _is_subsequence([short[i] for i in idx], other):
                return k
    return 0
