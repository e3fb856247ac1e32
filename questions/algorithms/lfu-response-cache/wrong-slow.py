# Finds the entry to evict by scanning every key: O(capacity) per eviction instead of O(1).
class LFUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = {}  # key -> [value, uses, last_used]
        self.clock = 0

    def get(self, key):
        self.clock += 1
        if key not in self.items:
            return -1
        entry = self.items[key]
        entry[1] += 1
        entry[2] = self.clock
        return entry[0]

    def put(self, key, value):
        self.clock += 1
        if self.capacity == 0:
            return
        if key in self.items:
            entry = self.items[key]
            entry[0] = value
            entry[1] += 1
            entry[2] = self.clock
            return
        if len(self.items) >= self.capacity:
            victim = min(self.items, key=lambda k: (self.items[k][1], self.items[k][2]))
            del self.items[victim]
        self.items[key] = [value, 1, self.clock]
