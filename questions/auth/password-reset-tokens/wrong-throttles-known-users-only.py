# Rate-limits only real accounts, so an attacker who sends four requests learns which usernames exist.
class ResetService:
    def __init__(self, users, ttlSeconds):
        self.users, self.ttl = set(users), ttlSeconds
        self.requests, self.current, self.tokens = {}, {}, {}

    def request(self, user, token, now):
        if user not in self.users:
            return "sent"
        recent = [t for t in self.requests.get(user, []) if now - t < 3600]
        if len(recent) >= 3:
            self.requests[user] = recent
            return "throttled"
        recent.append(now)
        self.requests[user] = recent
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
