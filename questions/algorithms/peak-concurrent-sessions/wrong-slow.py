# Counts the open sessions at every start time by scanning all sessions: O(n^2).
def peakSessions(sessions):
    best = 0
    for s, _ in sessions:
        best = max(best, sum(1 for a, b in sessions if a <= s < b))
    return best
