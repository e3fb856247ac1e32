def peakSessions(sessions):
    starts = sorted(s for s, _ in sessions)
    ends = sorted(e for _, e in sessions)
    open_ = best = j = 0
    for s in starts:
        while ends[j] <= s:
            j += 1
            open_ -= 1
        open_ += 1
        best = max(best, open_)
    return best
