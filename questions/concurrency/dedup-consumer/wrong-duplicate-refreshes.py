# Refreshes the timestamp on every duplicate, so a message redelivered often is never applied again.
class DedupConsumer:
    def __init__(self, windowMs):
        self.window = windowMs
        self.last = {}

    def process(self, messageId, nowMs):
        for mid in [m for m, t in self.last.items() if nowMs - t >= self.window]:
            del self.last[mid]
        dup = messageId in self.last
        self.last[messageId] = nowMs
        return not dup

    def remembered(self):
        return len(self.last)
