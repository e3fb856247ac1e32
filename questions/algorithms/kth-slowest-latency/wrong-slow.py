# Keeps every latency and sorts them all again on every add: far too slow for a long stream.
class KthLargest:
    def __init__(self, k, nums):
        self.k = k
        self.values = list(nums)

    def add(self, val):
        self.values.append(val)
        ordered = sorted(self.values, reverse=True)
        return ordered[self.k - 1] if len(ordered) >= self.k else -1
