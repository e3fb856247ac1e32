# Forgets to cap the refill at capacity: a long idle period allows a huge burst.
class TokenBucket:
    def __init__(self, capacity, refill_per_second):
        self.capacity = capacity
        self.rate = refill_per_second / 1000.0
        self.tokens = float(capacity)
        self.last = None

    def allow(self, now_ms):
        if self.last is not None:
            self.tokens = self.tokens + (now_ms - self.last) * self.rate
        self.last = now_ms
        if self.tokens >= 1 - 1e-9:
            self.tokens -= 1
            return True
        return False
