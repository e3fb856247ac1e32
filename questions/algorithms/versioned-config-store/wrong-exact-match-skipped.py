# Uses bisect_left, so a version set exactly at the requested timestamp is skipped for the one before it.
from bisect import bisect_left


class TimeMap:
    def __init__(self):
        self.times = {}
        self.values = {}

    def set(self, key, value, timestamp):
        self.times.setdefault(key, []).append(timestamp)
        self.values.setdefault(key, []).append(value)

    def get(self, key, timestamp):
        times = self.times.get(key)
        if not times:
            return ""
        i = bisect_left(times, timestamp)
        return self.values[key][i - 1] if i > 0 else ""
