import math


def backoffDelays(baseMs, capMs, draws):
    out = []
    ceiling = min(capMs, baseMs)
    for draw in draws:
        out.append(math.floor(draw * ceiling))
        ceiling = min(capMs, ceiling * 2)
    return out
