from functools import lru_cache


def countParses(digits):
    MOD = 1_000_000_007
    n = len(digits)

    @lru_cache(maxsize=None)
    def from_(i):
        if i == n:
            return 1
        if digits[i] == "0":
            return 0
        ways = from_(i + 1)
        if i + 1 < n and int(digits[i:i + 2]) <= 26:
            ways += from_(i + 2)
        return ways % MOD

    return from_(0)
