// Checks membership but never removes the code: a backup code seen once (a photo, a printout)
// works forever.
class BackupCodes {
  constructor() { this.codes = new Set(); this.failures = 0; this.lockedUntil = -1; }
  generate(codes) { this.codes = new Set(codes); }
  redeem(entered, now) {
    if (now < this.lockedUntil) return 'locked';
    if (this.codes.has(entered.replace(/[ -]/g, '').toLowerCase())) { this.failures = 0; return 'ok'; }
    if (++this.failures === 5) { this.failures = 0; this.lockedUntil = now + 900; }
    return 'invalid';
  }
  remaining() { return this.codes.size; }
}
