def bestStretch(savings):
    ending_here = best = savings[0]
    for x in savings[1:]:
        ending_here = max(x, ending_here + x)
        if ending_here > best:
            best = ending_here
    return best
