# Tries both replicas for every shard: O(2^n).
def smallestLoadGap(loads):
    def go(i, diff):
        if i == len(loads):
            return abs(diff)
        return min(go(i + 1, diff + loads[i]), go(i + 1, diff - loads[i]))

    return go(0, 0)
