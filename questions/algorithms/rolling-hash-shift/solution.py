def shiftFactor(base, length, mod):
    result = 1 % mod
    b = base % mod
    while length > 0:
        if length & 1:
            result = result * b % mod
        b = b * b % mod
        length >>= 1
    return result
