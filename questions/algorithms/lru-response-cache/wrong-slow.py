# Right answers, but remembers when each key was last used and scans every key for the oldest on
# eviction: O(capacity) per eviction.
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = {}  # key -> [value, last_used]
        self.clock = 0

    def get(self, key):
        entry = self.entries.get(key)
        if entry is None:
            return -1
        self.clock += 1
        entry[1] = self.clock
        return entry[0]

    def put(self, key, value):
        self.clock += 1
        if key in self.entries:
            self.entries[key] = [value, self.clock]
            return
        if len(self.entries) >= self.capacity:
            oldest = min(self.entries, key=lambda k: self.entries[k][1])
            del self.entries[oldest]
        self.entries[key] = [value, self.clock]
