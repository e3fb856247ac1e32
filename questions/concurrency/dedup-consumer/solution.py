from collections import deque


class DedupConsumer:
    def __init__(self, windowMs):
        self.window = windowMs
        self.applied_at = {}
        self.order = deque()

    def process(self, messageId, nowMs):
        while self.order and nowMs - self.order[0][0] >= self.window:
            t, mid = self.order.popleft()
            if self.applied_at.get(mid) == t:
                del self.applied_at[mid]
        if messageId in self.applied_at:
            return False
        self.applied_at[messageId] = nowMs
        self.order.append((nowMs, messageId))
        return True

    def remembered(self):
        return len(self.applied_at)
