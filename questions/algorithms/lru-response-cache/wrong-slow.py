# Right answers, but keeps the recency order in a list: remove() and pop(0) cost O(capacity) per call.
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.order = []
        self.values = {}

    def get(self, key):
        if key not in self.values:
            return -1
        self.order.remove(key)
        self.order.append(key)
        return self.values[key]

    def put(self, key, value):
        if key in self.values:
            self.order.remove(key)
        elif len(self.order) >= self.capacity:
            del self.values[self.order.pop(0)]
        self.order.append(key)
        self.values[key] = value
