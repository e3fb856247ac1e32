// Keeps every revoked token id forever, although an expired token is rejected anyway: the list
// every request must consult only grows.
class TokenGate {
  constructor(accessTtl) { this.ttl = accessTtl; this.sessions = new Map(); this.denied = new Set(); this.cutoff = new Map(); }
  login(user, sessionId) { this.sessions.set(sessionId, user); }
  logout(sessionId) { this.sessions.delete(sessionId); }
  checkSession(sessionId) { return this.sessions.has(sessionId); }
  checkToken(user, jti, iat, now) {
    if (now >= iat + this.ttl) return 'expired';
    if (this.denied.has(jti)) return 'revoked';
    const cut = this.cutoff.get(user);
    return cut !== undefined && iat <= cut ? 'revoked' : 'ok';
  }
  revokeToken(jti) { this.denied.add(jti); }
  logoutEverywhere(user, now) {
    for (const [id, u] of this.sessions) if (u === user) this.sessions.delete(id);
    this.cutoff.set(user, Math.max(now, this.cutoff.get(user) ?? now));
  }
  denylistSize() { return this.denied.size; }
}
