# Starts the result at 1 without reducing it, so length 0 with mod 1 answers 1 instead of 0.
def shiftFactor(base, length, mod):
    result = 1
    b = base % mod
    while length > 0:
        if length & 1:
            result = result * b % mod
        b = b * b % mod
        length >>= 1
    return result
