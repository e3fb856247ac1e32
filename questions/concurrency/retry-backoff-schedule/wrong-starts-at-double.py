# Off by one: the first retry already waits up to twice the base.
import math


def backoffDelays(baseMs, capMs, draws):
    return [math.floor(d * min(capMs, baseMs * 2 ** (i + 1))) for i, d in enumerate(draws)]
