# Greedily matches each character of a at the next possible place in b: misses better alignments.
def commonHistory(a, b):
    j = 0
    count = 0
    for ch in a:
        k = b.find(ch, j)
        if k >= 0:
            count += 1
            j = k + 1
    return count
