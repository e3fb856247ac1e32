# Uses straight-line (Manhattan) distance to the nearest cache, ignoring empty slots in the way.
def farthestServer(grid):
    caches = [(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "C"]
    servers = [(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "."]
    if not servers:
        return 0
    if not caches:
        return -1
    return max(min(abs(r - y) + abs(c - x) for y, x in caches) for r, c in servers)
