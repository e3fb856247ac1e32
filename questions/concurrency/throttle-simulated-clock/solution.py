class Throttler:
    def __init__(self, intervalMs):
        self.interval = intervalMs
        self.last_push = None
        self.pending = None  # (value,)
        self.pushes = []

    def _flush(self, t):
        if self.pending is not None and self.last_push + self.interval <= t:
            at = self.last_push + self.interval
            self.pushes.append([at, self.pending[0]])
            self.last_push = at
            self.pending = None

    def call(self, t, value):
        self._flush(t)
        if self.last_push is None or t - self.last_push >= self.interval:
            self.pushes.append([t, value])
            self.last_push = t
            self.pending = None
        else:
            self.pending = (value,)

    def drain(self, t):
        self._flush(t)
        out, self.pushes = self.pushes, []
        return out
