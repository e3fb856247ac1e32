# Averages the two middle values with floor division, so x.5 medians are rounded down.
import heapq


class MedianFinder:
    def __init__(self):
        self.low = []  # max-heap of the smaller half, stored negated
        self.high = []  # min-heap of the larger half

    def addNum(self, num):
        heapq.heappush(self.low, -num)
        heapq.heappush(self.high, -heapq.heappop(self.low))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def findMedian(self):
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (-self.low[0] + self.high[0]) // 2
