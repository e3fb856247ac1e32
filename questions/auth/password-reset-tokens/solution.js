class ResetService {
  constructor(users, ttlSeconds) {
    this.users = new Set(users);
    this.ttl = ttlSeconds;
    this.requests = new Map(); // username -> times of accepted requests in the last hour
    this.current = new Map(); // user -> the one token that may still work
    this.tokens = new Map(); // token -> { user, issuedAt }
  }
  request(user, token, now) {
    const recent = (this.requests.get(user) ?? []).filter((t) => now - t < 3600);
    if (recent.length >= 3) {
      this.requests.set(user, recent);
      return 'throttled';
    }
    recent.push(now);
    this.requests.set(user, recent);
    // Unknown users get the same answer and the same limit, so neither reveals who has an account.
    if (this.users.has(user)) {
      this.tokens.set(token, { user, issuedAt: now });
      this.current.set(user, token);
    }
    return 'sent';
  }
  reset(token, now) {
    const t = this.tokens.get(token);
    if (t === undefined || this.current.get(t.user) !== token) return 'invalid';
    if (now >= t.issuedAt + this.ttl) return 'expired';
    this.current.delete(t.user); // single use; every other link of this user is already dead
    return 'ok';
  }
}
