# Reduces (dx, dy) by the gcd but does not fix the sign, so towers on both sides of the anchor
# ((1, -2) and (-1, 2)) are counted as two lines.
from math import gcd


def mostOnOneLine(towers):
    best = 1
    for i, (x0, y0) in enumerate(towers):
        count = {}
        for x, y in towers[i + 1:]:
            dx, dy = x - x0, y - y0
            g = gcd(dx, dy)
            key = (dx // g, dy // g)
            count[key] = count.get(key, 0) + 1
            best = max(best, count[key] + 1)
    return best
