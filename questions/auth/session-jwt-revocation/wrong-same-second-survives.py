# Revokes only tokens issued strictly before the logout: a token minted in the same second survives
# "log out everywhere".
class TokenGate:
    def __init__(self, accessTtl):
        self.ttl, self.sessions, self.denied, self.cutoff = accessTtl, {}, {}, {}

    def login(self, user, sessionId):
        self.sessions[sessionId] = user

    def logout(self, sessionId):
        self.sessions.pop(sessionId, None)

    def checkSession(self, sessionId):
        return sessionId in self.sessions

    def checkToken(self, user, jti, iat, now):
        if now >= iat + self.ttl:
            return "expired"
        if jti in self.denied:
            return "revoked"
        if user in self.cutoff and iat < self.cutoff[user]:
            return "revoked"
        return "ok"

    def revokeToken(self, jti, iat):
        self.denied[jti] = iat + self.ttl

    def logoutEverywhere(self, user, now):
        self.sessions = {s: u for s, u in self.sessions.items() if u != user}
        self.cutoff[user] = max(now, self.cutoff.get(user, now))

    def denylistSize(self, now):
        self.denied = {j: e for j, e in self.denied.items() if e > now}
        return len(self.denied)
