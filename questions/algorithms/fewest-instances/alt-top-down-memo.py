from functools import lru_cache


def fewestInstances(sizes, target):
    @lru_cache(maxsize=None)
    def fewest(t):
        if t == 0:
            return 0
        options = [fewest(t - s) for s in sizes if s <= t]
        options = [o for o in options if o >= 0]
        return 1 + min(options) if options else -1

    return fewest(target)
