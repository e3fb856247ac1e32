# Accepts any pair from 1 to 26, so "05" is read as 5.
def countParses(digits):
    MOD = 1_000_000_007
    prev2, prev1 = 1, 0 if digits[0] == "0" else 1
    for i in range(2, len(digits) + 1):
        ways = prev1 if digits[i - 1] != "0" else 0
        if 1 <= int(digits[i - 2:i]) <= 26:
            ways = (ways + prev2) % MOD
        prev2, prev1 = prev1, ways
    return prev1
