# Sorts all values on every findMedian: O(n log n) per query, far too slow for a long stream.
class MedianFinder:
    def __init__(self):
        self.values = []

    def addNum(self, num):
        self.values.append(num)

    def findMedian(self):
        s = sorted(self.values)
        n = len(s)
        return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
