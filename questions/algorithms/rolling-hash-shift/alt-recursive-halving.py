# base^length = (base^(length // 2))^2, times base when length is odd.
def shiftFactor(base, length, mod):
    if length == 0:
        return 1 % mod
    half = shiftFactor(base, length // 2, mod)
    square = half * half % mod
    return square * (base % mod) % mod if length % 2 else square
