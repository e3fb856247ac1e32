// "Log out everywhere" deletes the server sessions but leaves the user's access tokens valid until
// they expire: a stolen token keeps working.
class TokenGate {
  constructor(accessTtl) { this.ttl = accessTtl; this.sessions = new Map(); this.denied = new Map(); }
  login(user, sessionId) { this.sessions.set(sessionId, user); }
  logout(sessionId) { this.sessions.delete(sessionId); }
  checkSession(sessionId) { return this.sessions.has(sessionId); }
  checkToken(user, jti, iat, now) {
    if (now >= iat + this.ttl) return 'expired';
    return this.denied.has(jti) ? 'revoked' : 'ok';
  }
  revokeToken(jti, iat) { this.denied.set(jti, iat + this.ttl); }
  logoutEverywhere(user) { for (const [id, u] of this.sessions) if (u === user) this.sessions.delete(id); }
  denylistSize(now) { for (const [j, e] of this.denied) if (e <= now) this.denied.delete(j); return this.denied.size; }
}
