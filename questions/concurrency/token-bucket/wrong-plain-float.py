# Keeps tokens as a plain float and compares with >= 1: ten refills of 0.1 add up to 0.9999999999999999,
# so a token that has fully arrived is refused.
class TokenBucket:
    def __init__(self, capacity, refill_per_second):
        self.capacity = capacity
        self.rate = refill_per_second / 1000.0
        self.tokens = float(capacity)
        self.last = None

    def allow(self, now_ms):
        if self.last is not None:
            self.tokens = min(self.capacity, self.tokens + (now_ms - self.last) * self.rate)
        self.last = now_ms
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False
