class TokenService {
  constructor(ttlSeconds) {
    this.ttl = ttlSeconds;
    this.count = 0;
    this.tokens = new Map(); // token -> { family, createdAt, rotated }
  }
  create(user, family, now) {
    this.count += 1;
    const token = `${user}.${this.count}`;
    this.tokens.set(token, { family, createdAt: now, rotated: false });
    family.current = token;
    return token;
  }
  issue(user, now) {
    return this.create(user, { user, revoked: false, current: '' }, now);
  }
  refresh(token, now) {
    const t = this.tokens.get(token);
    if (!t) return 'invalid';
    if (t.family.revoked) return 'revoked';
    if (t.rotated) {
      t.family.revoked = true;
      return 'reuse-detected';
    }
    if (now >= t.createdAt + this.ttl) return 'expired';
    t.rotated = true;
    return this.create(t.family.user, t.family, now);
  }
  logout(token) {
    const t = this.tokens.get(token);
    if (!t || t.family.revoked || t.family.current !== token) return false;
    t.family.revoked = true;
    return true;
  }
}
