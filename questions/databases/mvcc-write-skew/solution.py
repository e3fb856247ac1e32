class MvccStore:
    def __init__(self, serializable):
        self.serializable = serializable
        self.commits = 0
        self.versions = {}  # key -> list of (commit_ts, value), oldest first
        self.txns = {}  # txn -> (start, writes, reads)

    def begin(self, txn):
        self.txns[txn] = (self.commits, {}, set())

    def read(self, txn, key):
        start, writes, reads = self.txns[txn]
        if key in writes:
            return writes[key]
        reads.add(key)
        for ts, value in reversed(self.versions.get(key, [])):
            if ts <= start:
                return value
        return None

    def write(self, txn, key, value):
        self.txns[txn][1][key] = value

    def _changed_since(self, key, start):
        vs = self.versions.get(key)
        return bool(vs) and vs[-1][0] > start

    def commit(self, txn):
        start, writes, reads = self.txns.pop(txn)
        if not writes:
            return True
        if any(self._changed_since(k, start) for k in writes):
            return False
        if self.serializable and any(self._changed_since(k, start) for k in reads):
            return False
        self.commits += 1
        for key, value in writes.items():
            self.versions.setdefault(key, []).append((self.commits, value))
        return True

    def rollback(self, txn):
        self.txns.pop(txn, None)
