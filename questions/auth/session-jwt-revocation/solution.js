class TokenGate {
  constructor(accessTtl) {
    this.ttl = accessTtl;
    this.sessions = new Map(); // sessionId -> user
    this.denied = new Map(); // jti -> exp
    this.cutoff = new Map(); // user -> tokens issued at or before this are revoked
  }
  login(user, sessionId) {
    this.sessions.set(sessionId, user);
  }
  logout(sessionId) {
    this.sessions.delete(sessionId);
  }
  checkSession(sessionId) {
    return this.sessions.has(sessionId);
  }
  checkToken(user, jti, iat, now) {
    if (now >= iat + this.ttl) return 'expired';
    if (this.denied.has(jti)) return 'revoked';
    const cut = this.cutoff.get(user);
    if (cut !== undefined && iat <= cut) return 'revoked';
    return 'ok';
  }
  revokeToken(jti, iat) {
    this.denied.set(jti, iat + this.ttl);
  }
  logoutEverywhere(user, now) {
    for (const [id, u] of this.sessions) if (u === user) this.sessions.delete(id);
    this.cutoff.set(user, Math.max(now, this.cutoff.get(user) ?? now));
  }
  denylistSize(now) {
    // An entry is needed only until its token expires on its own.
    for (const [jti, exp] of this.denied) if (exp <= now) this.denied.delete(jti);
    return this.denied.size;
  }
}
