class BackupCodes:
    def __init__(self):
        self.unused = set()
        self.failures = 0
        self.locked_until = -1

    def generate(self, codes):
        self.unused = set(codes)

    def redeem(self, entered, now):
        if now < self.locked_until:
            return "locked"
        code = entered.replace(" ", "").replace("-", "").lower()
        if code in self.unused:
            self.unused.remove(code)
            self.failures = 0
            return "ok"
        self.failures += 1
        if self.failures == 5:
            self.failures = 0
            self.locked_until = now + 900
        return "invalid"

    def remaining(self):
        return len(self.unused)
