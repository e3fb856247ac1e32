// Tells the caller the account does not exist: a free username-enumeration oracle.
class ResetService {
  constructor(users, ttlSeconds) { this.users = new Set(users); this.ttl = ttlSeconds; this.requests = new Map(); this.current = new Map(); this.tokens = new Map(); }
  request(user, token, now) {
    if (!this.users.has(user)) return 'no-such-user';
    const recent = (this.requests.get(user) ?? []).filter((t) => now - t < 3600);
    if (recent.length >= 3) { this.requests.set(user, recent); return 'throttled'; }
    recent.push(now); this.requests.set(user, recent);
    this.tokens.set(token, { user, issuedAt: now }); this.current.set(user, token);
    return 'sent';
  }
  reset(token, now) {
    const t = this.tokens.get(token);
    if (!t || this.current.get(t.user) !== token) return 'invalid';
    if (now >= t.issuedAt + this.ttl) return 'expired';
    this.current.delete(t.user);
    return 'ok';
  }
}
