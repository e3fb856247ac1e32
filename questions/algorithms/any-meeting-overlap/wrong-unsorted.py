# Compares neighbours without sorting first, so overlaps far apart in the list are missed.
def hasOverlap(meetings):
    return any(meetings[i][0] < meetings[i - 1][1] and meetings[i - 1][0] < meetings[i][1] for i in range(1, len(meetings)))
