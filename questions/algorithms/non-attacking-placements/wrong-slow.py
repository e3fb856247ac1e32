# Tries every permutation of columns and checks the diagonals afterwards: no pruning, n! checks.
from itertools import permutations


def countPlacements(n):
    count = 0
    for p in permutations(range(n)):
        if len({r + c for r, c in enumerate(p)}) == n and len({r - c for r, c in enumerate(p)}) == n:
            count += 1
    return count
