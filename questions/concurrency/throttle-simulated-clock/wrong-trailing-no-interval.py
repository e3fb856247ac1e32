# The trailing push does not start a new interval, so a call right after it goes out too: two pushes
# closer together than intervalMs.
class Throttler:
    def __init__(self, intervalMs):
        self.interval = intervalMs
        self.last_leading = None
        self.pending = None
        self.pushes = []

    def _flush(self, t):
        if self.pending is not None and self.last_leading + self.interval <= t:
            self.pushes.append([self.last_leading + self.interval, self.pending[0]])
            self.pending = None

    def call(self, t, value):
        self._flush(t)
        if self.last_leading is None or t - self.last_leading >= self.interval:
            self.pushes.append([t, value])
            self.last_leading = t
            self.pending = None
        else:
            self.pending = (value,)

    def drain(self, t):
        self._flush(t)
        out, self.pushes = self.pushes, []
        return out
