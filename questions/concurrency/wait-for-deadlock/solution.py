from collections import deque


class LockManager:
    def __init__(self):
        self.holder_of = {}   # resource -> txn
        self.queue = {}       # resource -> deque of waiting txns
        self.waiting_for = {} # txn -> resource
        self.held = {}        # txn -> set of resources

    def _grant(self, txn, resource):
        self.holder_of[resource] = txn
        self.held.setdefault(txn, set()).add(resource)

    def acquire(self, txn, resource):
        holder = self.holder_of.get(resource)
        if holder is None or holder == txn:
            self._grant(txn, resource)
            return "granted"
        t = holder
        while t is not None:
            if t == txn:
                self.release(txn)
                return "deadlock"
            r = self.waiting_for.get(t)
            t = self.holder_of.get(r) if r is not None else None
        self.queue.setdefault(resource, deque()).append(txn)
        self.waiting_for[txn] = resource
        return "waiting"

    def release(self, txn):
        r = self.waiting_for.pop(txn, None)
        if r is not None:
            self.queue[r].remove(txn)
        granted = []
        for resource in self.held.pop(txn, set()):
            q = self.queue.get(resource)
            if not q:
                del self.holder_of[resource]
                continue
            nxt = q.popleft()
            self.waiting_for.pop(nxt, None)
            self._grant(nxt, resource)
            granted.append(nxt)
        return sorted(granted)

    def holder(self, resource):
        return self.holder_of.get(resource)
