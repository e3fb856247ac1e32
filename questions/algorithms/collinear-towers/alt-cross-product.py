# For each pair, count the towers on its line with an exact integer cross product: O(n^3).
def mostOnOneLine(towers):
    n = len(towers)
    if n <= 2:
        return n
    best = 2
    for i in range(n):
        x0, y0 = towers[i]
        for j in range(i + 1, n):
            dx, dy = towers[j][0] - x0, towers[j][1] - y0
            on_line = sum(1 for x, y in towers if dx * (y - y0) == dy * (x - x0))
            best = max(best, on_line)
    return best
