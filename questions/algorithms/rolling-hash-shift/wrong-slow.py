# Multiplies length times: O(length).
def shiftFactor(base, length, mod):
    result = 1 % mod
    for _ in range(length):
        result = result * base % mod
    return result
