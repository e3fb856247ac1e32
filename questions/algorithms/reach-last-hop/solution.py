def canReachEnd(reach):
    furthest = 0
    for i, r in enumerate(reach):
        if i > furthest:
            return False
        furthest = max(furthest, i + r)
        if furthest >= len(reach) - 1:
            return True
    return True
