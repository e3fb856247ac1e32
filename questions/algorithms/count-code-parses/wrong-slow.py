# Counts by recursion without remembering anything: exponential on long runs of 1s and 2s.
def countParses(digits):
    def from_(i):
        if i == len(digits):
            return 1
        if digits[i] == "0":
            return 0
        ways = from_(i + 1)
        if i + 1 < len(digits) and int(digits[i:i + 2]) <= 26:
            ways += from_(i + 2)
        return ways % 1_000_000_007

    return from_(0)
