# Checks write-write conflicts in both modes but never validates reads: serializable mode still
# lets write skew through (two on-call doctors both go off call).
class MvccStore:
    def __init__(self, serializable):
        self.commits = 0
        self.versions = {}
        self.txns = {}

    def begin(self, txn):
        self.txns[txn] = (self.commits, {})

    def read(self, txn, key):
        start, writes = self.txns[txn]
        if key in writes:
            return writes[key]
        for ts, value in reversed(self.versions.get(key, [])):
            if ts <= start:
                return value
        return None

    def write(self, txn, key, value):
        self.txns[txn][1][key] = value

    def commit(self, txn):
        start, writes = self.txns.pop(txn)
        for k in writes:
            vs = self.versions.get(k)
            if vs and vs[-1][0] > start:
                return False
        self.commits += 1
        for k, v in writes.items():
            self.versions.setdefault(k, []).append((self.commits, v))
        return True

    def rollback(self, txn):
        self.txns.pop(txn, None)
