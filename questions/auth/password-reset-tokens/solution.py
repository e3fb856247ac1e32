class ResetService:
    def __init__(self, users, ttlSeconds):
        self.users = set(users)
        self.ttl = ttlSeconds
        self.requests = {}  # username -> accepted request times within the last hour
        self.current = {}   # user -> the only token that may still work
        self.tokens = {}    # token -> (user, issued_at)

    def request(self, user, token, now):
        recent = [t for t in self.requests.get(user, []) if now - t < 3600]
        if len(recent) >= 3:
            self.requests[user] = recent
            return "throttled"
        recent.append(now)
        self.requests[user] = recent
        if user in self.users:
            self.tokens[token] = (user, now)
            self.current[user] = token
        return "sent"

    def reset(self, token, now):
        if token not in self.tokens:
            return "invalid"
        user, issued_at = self.tokens[token]
        if self.current.get(user) != token:
            return "invalid"
        if now >= issued_at + self.ttl:
            return "expired"
        del self.current[user]
        return "ok"
