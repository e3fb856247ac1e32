# Adds the new codes to the old ones instead of replacing them, so codes from a lost printout keep
# working after the user regenerated.
class BackupCodes:
    def __init__(self):
        self.unused, self.failures, self.locked_until = set(), 0, -1

    def generate(self, codes):
        self.unused |= set(codes)

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
