from functools import lru_cache


def canSplit(token, names):
    known = set(names)

    @lru_cache(maxsize=None)
    def from_(i):
        if i == len(token):
            return True
        return any(token.startswith(name, i) and from_(i + len(name)) for name in known)

    return from_(0)
