# Doubles the ring and, for each end, subtracts the smallest prefix at most n positions back
# (a monotonic deque of prefix positions).
from collections import deque


def bestArc(gains):
    n = len(gains)
    prefix = [0]
    for i in range(2 * n):
        prefix.append(prefix[-1] + gains[i % n])
    best = float("-inf")
    window = deque([0])
    for j in range(1, 2 * n + 1):
        while window[0] < j - n:
            window.popleft()
        best = max(best, prefix[j] - prefix[window[0]])
        while window and prefix[window[-1]] >= prefix[j]:
            window.pop()
        window.append(j)
    return best
