from collections import OrderedDict, defaultdict


class LFUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = {}  # key -> [value, freq]
        self.buckets = defaultdict(OrderedDict)  # freq -> keys, least recently used first
        self.min_freq = 0

    def _touch(self, key):
        entry = self.entries[key]
        freq = entry[1]
        bucket = self.buckets[freq]
        del bucket[key]
        if not bucket:
            del self.buckets[freq]
            if self.min_freq == freq:
                self.min_freq = freq + 1
        entry[1] = freq + 1
        self.buckets[freq + 1][key] = None

    def get(self, key):
        if key not in self.entries:
            return -1
        self._touch(key)
        return self.entries[key][0]

    def put(self, key, value):
        if self.capacity <= 0:
            return
        if key in self.entries:
            self.entries[key][0] = value
            self._touch(key)
            return
        if len(self.entries) >= self.capacity:
            bucket = self.buckets[self.min_freq]
            victim, _ = bucket.popitem(last=False)
            if not bucket:
                del self.buckets[self.min_freq]
            del self.entries[victim]
        self.entries[key] = [value, 1]
        self.buckets[1][key] = None
        self.min_freq = 1
