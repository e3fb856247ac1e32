# Adds up only the longest run of non-negative hours, never crossing a dip that would pay off.
def bestStretch(savings):
    best = max(savings)
    run = 0
    for x in savings:
        run = run + x if x >= 0 else 0
        if x >= 0 and run > best:
            best = run
    return best
