class Debouncer:
    def __init__(self, waitMs):
        self.wait = waitMs
        self.pending = None  # (due, value)
        self.fired = []

    def _advance(self, t):
        if self.pending is not None and self.pending[0] <= t:
            self.fired.append([self.pending[0], self.pending[1]])
            self.pending = None

    def call(self, t, value):
        self._advance(t)
        self.pending = (t + self.wait, value)

    def drain(self, t):
        self._advance(t)
        out, self.fired = self.fired, []
        return out
