class TokenService:
    def __init__(self, ttlSeconds):
        self.ttl = ttlSeconds
        self.count = 0
        self.tokens = {}

    def _create(self, family, now):
        self.count += 1
        token = "%s.%d" % (family["user"], self.count)
        self.tokens[token] = {"family": family, "created": now, "rotated": False}
        family["current"] = token
        return token

    def issue(self, user, now):
        return self._create({"user": user, "revoked": False, "current": ""}, now)

    def refresh(self, token, now):
        t = self.tokens.get(token)
        if t is None:
            return "invalid"
        if t["family"]["revoked"]:
            return "revoked"
        if t["rotated"]:
            t["family"]["revoked"] = True
            return "reuse-detected"
        if now >= t["created"] + self.ttl:
            return "expired"
        t["rotated"] = True
        return self._create(t["family"], now)

    def logout(self, token):
        t = self.tokens.get(token)
        if t is None or t["family"]["revoked"] or t["family"]["current"] != token:
            return False
        t["family"]["revoked"] = True
        return True
