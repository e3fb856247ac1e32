// Every link ever sent keeps working until it expires or is used: an old email in a forwarded
// thread or a compromised mailbox still resets the password.
class ResetService {
  constructor(users, ttlSeconds) { this.users = new Set(users); this.ttl = ttlSeconds; this.requests = new Map(); this.tokens = new Map(); }
  request(user, token, now) {
    const recent = (this.requests.get(user) ?? []).filter((t) => now - t < 3600);
    if (recent.length >= 3) { this.requests.set(user, recent); return 'throttled'; }
    recent.push(now); this.requests.set(user, recent);
    if (this.users.has(user)) this.tokens.set(token, { user, issuedAt: now, used: false });
    return 'sent';
  }
  reset(token, now) {
    const t = this.tokens.get(token);
    if (!t || t.used) return 'invalid';
    if (now >= t.issuedAt + this.ttl) return 'expired';
    t.used = true;
    return 'ok';
  }
}
