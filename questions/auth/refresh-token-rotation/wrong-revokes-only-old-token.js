// On reuse it only rejects the replayed token: the family's newest token (maybe the thief's) keeps working.
class TokenService {
  constructor(ttlSeconds) {
    this.ttl = ttlSeconds;
    this.count = 0;
    this.tokens = new Map();
  }
  create(user, now) {
    this.count += 1;
    const token = `${user}.${this.count}`;
    this.tokens.set(token, { user, createdAt: now, rotated: false, revoked: false });
    return token;
  }
  issue(user, now) {
    return this.create(user, now);
  }
  refresh(token, now) {
    const t = this.tokens.get(token);
    if (!t) return 'invalid';
    if (t.revoked) return 'revoked';
    if (t.rotated) {
      t.revoked = true;
      return 'reuse-detected';
    }
    if (now >= t.createdAt + this.ttl) return 'expired';
    t.rotated = true;
    return this.create(t.user, now);
  }
  logout(token) {
    const t = this.tokens.get(token);
    if (!t || t.revoked || t.rotated) return false;
    t.revoked = true;
    return true;
  }
}
