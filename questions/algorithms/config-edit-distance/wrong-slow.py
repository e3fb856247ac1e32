# Plain recursion over (i, j) without memoisation: exponential.
def editDistance(a, b):
    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        if a[i - 1] == b[j - 1]:
            return d(i - 1, j - 1)
        return 1 + min(d(i - 1, j - 1), d(i - 1, j), d(i, j - 1))
    return d(len(a), len(b))
