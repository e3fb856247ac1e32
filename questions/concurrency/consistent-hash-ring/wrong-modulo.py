# Plain modulo hashing over the sorted node names: removing one node reshuffles most keys.
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
        self.nodes = []

    def addNode(self, name):
        if name not in self.nodes:
            self.nodes = sorted(self.nodes + [name])

    def removeNode(self, name):
        if name in self.nodes:
            self.nodes.remove(name)

    def ownerOf(self, key):
        if not self.nodes:
            return ""
        return self.nodes[fnv1a(key) % len(self.nodes)]
