# Counts in micro-tokens: a token is 1,000,000 units and a millisecond adds rate * 1000 units,
# a whole number because the rate has at most three decimals. No rounding can lose a token.
class TokenBucket:
    UNIT = 1_000_000

    def __init__(self, capacity, refill_per_second):
        self.cap_units = capacity * self.UNIT
        self.per_ms = round(refill_per_second * 1000)
        self.units = self.cap_units
        self.last = None

    def allow(self, now_ms):
        if self.last is not None:
            self.units = min(self.cap_units, self.units + (now_ms - self.last) * self.per_ms)
        self.last = now_ms
        if self.units >= self.UNIT:
            self.units -= self.UNIT
            return True
        return False
