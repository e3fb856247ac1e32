import bisect


def fnv1a(s):
    h = 2166136261
    for byte in s.encode("utf-8"):
        h ^= byte
        h = (h * 16777619) & 0xFFFFFFFF
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & 0xFFFFFFFF
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & 0xFFFFFFFF
    h ^= h >> 16
    return h


class HashRing:
    def __init__(self, replicas):
        self.replicas = replicas
        self.nodes = set()
        self.points = []

    def _rebuild(self):
        self.points = sorted((fnv1a(f"{name}#{i}"), name) for name in self.nodes for i in range(self.replicas))
        self.positions = [p for p, _ in self.points]

    def addNode(self, name):
        if name not in self.nodes:
            self.nodes.add(name)
            self._rebuild()

    def removeNode(self, name):
        if name in self.nodes:
            self.nodes.remove(name)
            self._rebuild()

    def ownerOf(self, key):
        if not self.points:
            return ""
        i = bisect.bisect_left(self.positions, fnv1a(key))
        return self.points[i % len(self.points)][1]
