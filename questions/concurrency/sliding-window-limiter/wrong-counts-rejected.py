# Records rejected requests too, so a client that keeps retrying is locked out for good.
from collections import deque


class SlidingWindowLimiter:
    def __init__(self, limit, windowMs):
        self.limit = limit
        self.window = windowMs
        self.logs = {}

    def allow(self, clientId, nowMs):
        log = self.logs.setdefault(clientId, deque())
        while log and nowMs - log[0] >= self.window:
            log.popleft()
        ok = len(log) < self.limit
        log.append(nowMs)
        return ok
