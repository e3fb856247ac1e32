# Treats a write that missed its quorum as if it never happened. Real replicas that stored it keep
# it (nothing rolls them back), and a later read can see the "failed" value.
class QuorumStore:
    def __init__(self, n, w, r):
        self.w, self.r = w, r
        self.is_up = [True] * n
        self.data = [dict() for _ in range(n)]
        self.version = 0

    def down(self, replica):
        self.is_up[replica] = False

    def up(self, replica):
        self.is_up[replica] = True

    def _up(self):
        return [i for i, u in enumerate(self.is_up) if u]

    def write(self, key, value):
        self.version += 1
        reached = self._up()
        if len(reached) < self.w:
            return False
        for i in reached:
            self.data[i][key] = (self.version, value)
        return True

    def read(self, key):
        asked = self._up()[: self.r]
        if len(asked) < self.r:
            return "UNAVAILABLE"
        found = [self.data[i][key] for i in asked if key in self.data[i]]
        if not found:
            return None
        newest = max(found)
        for i in asked:
            self.data[i][key] = newest
        return newest[1]

    def copies(self, key):
        versions = [d[key][0] for d in self.data if key in d]
        return versions.count(max(versions)) if versions else 0
