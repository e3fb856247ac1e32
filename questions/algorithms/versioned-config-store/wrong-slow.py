# Right answers, but get scans the key's versions from the oldest: O(v) per get.
class TimeMap:
    def __init__(self):
        self.versions = {}

    def set(self, key, value, timestamp):
        self.versions.setdefault(key, []).append((timestamp, value))

    def get(self, key, timestamp):
        found = ""
        for t, v in self.versions.get(key, []):
            if t > timestamp:
                break
            found = v
        return found
