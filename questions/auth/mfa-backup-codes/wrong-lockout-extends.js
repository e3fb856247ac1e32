// Counts attempts made while locked as failures and restarts the lock each time, so a user who
// retries during the lock stays locked out for good.
class BackupCodes {
  constructor() { this.unused = new Set(); this.failures = 0; this.lockedUntil = -1; }
  generate(codes) { this.unused = new Set(codes); }
  redeem(entered, now) {
    if (now < this.lockedUntil) { this.lockedUntil = now + 900; return 'locked'; }
    if (this.unused.delete(entered.replace(/[ -]/g, '').toLowerCase())) { this.failures = 0; return 'ok'; }
    if (++this.failures === 5) { this.failures = 0; this.lockedUntil = now + 900; }
    return 'invalid';
  }
  remaining() { return this.unused.size; }
}
