from bisect import bisect_left


def longestRising(versions):
    tails = []
    for x in versions:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
