# Right answers, but get filters all of the key's versions to find the last one at or before the time:
# O(v) per get.
class TimeMap:
    def __init__(self):
        self.versions = {}

    def set(self, key, value, timestamp):
        self.versions.setdefault(key, []).append((timestamp, value))

    def get(self, key, timestamp):
        earlier = [v for t, v in self.versions.get(key, []) if t <= timestamp]
        return earlier[-1] if earlier else ""
