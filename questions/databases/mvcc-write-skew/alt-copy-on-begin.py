# Another correct approach: copy the committed state at begin (fine for small stores), and remember
# per key the sequence number of its last commit for the conflict checks.
class MvccStore:
    def __init__(self, serializable):
        self.serializable = serializable
        self.state = {}
        self.last_commit = {}  # key -> sequence number of its last committed write
        self.seq = 0
        self.txns = {}

    def begin(self, txn):
        self.txns[txn] = {"seq": self.seq, "snap": dict(self.state), "writes": {}, "reads": set()}

    def read(self, txn, key):
        t = self.txns[txn]
        if key in t["writes"]:
            return t["writes"][key]
        t["reads"].add(key)
        return t["snap"].get(key)

    def write(self, txn, key, value):
        self.txns[txn]["writes"][key] = value

    def commit(self, txn):
        t = self.txns.pop(txn)
        if not t["writes"]:
            return True
        checked = set(t["writes"]) | (t["reads"] if self.serializable else set())
        if any(self.last_commit.get(k, 0) > t["seq"] for k in checked):
            return False
        self.seq += 1
        for k, v in t["writes"].items():
            self.state[k] = v
            self.last_commit[k] = self.seq
        return True

    def rollback(self, txn):
        del self.txns[txn]
