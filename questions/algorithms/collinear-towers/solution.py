from math import gcd


def mostOnOneLine(towers):
    best = 1
    for i, (x0, y0) in enumerate(towers):
        count = {}
        for x, y in towers[i + 1:]:
            dx, dy = x - x0, y - y0
            g = gcd(dx, dy)
            dx, dy = dx // g, dy // g
            if dx < 0 or (dx == 0 and dy < 0):
                dx, dy = -dx, -dy
            count[(dx, dy)] = count.get((dx, dy), 0) + 1
            best = max(best, count[(dx, dy)] + 1)
    return best
