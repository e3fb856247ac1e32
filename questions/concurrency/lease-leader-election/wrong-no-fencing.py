# Storage accepts any token that was ever granted, so a deposed leader's late write gets through.
class LeaseStore:
    def __init__(self, leaseMs):
        self.lease = leaseMs
        self.holder = ""
        self.token = 0
        self.expires_at = 0

    def _live(self, now):
        return self.holder != "" and now < self.expires_at

    def acquire(self, node, now):
        if self._live(now):
            return self.token if self.holder == node else -1
        self.holder = node
        self.token += 1
        self.expires_at = now + self.lease
        return self.token

    def renew(self, node, now):
        if not self._live(now) or self.holder != node:
            return False
        self.expires_at = now + self.lease
        return True

    def leader(self, now):
        return self.holder if self._live(now) else ""

    def write(self, token, now):
        return 1 <= token <= self.token
