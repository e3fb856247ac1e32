# Evicts whenever the cache is full, even when the put only updates an existing key.
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = OrderedDict()

    def get(self, key):
        if key not in self.items:
            return -1
        self.items.move_to_end(key)
        return self.items[key]

    def put(self, key, value):
        if len(self.items) >= self.capacity:
            self.items.popitem(last=False)
        self.items[key] = value
        self.items.move_to_end(key)
