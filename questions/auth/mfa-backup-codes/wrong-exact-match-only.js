// Compares the input exactly as typed: "ab12-cd34-ef" or upper case is refused, and users lock
// themselves out with correct codes.
class BackupCodes {
  constructor() { this.unused = new Set(); this.failures = 0; this.lockedUntil = -1; }
  generate(codes) { this.unused = new Set(codes); }
  redeem(entered, now) {
    if (now < this.lockedUntil) return 'locked';
    if (this.unused.delete(entered)) { this.failures = 0; return 'ok'; }
    if (++this.failures === 5) { this.failures = 0; this.lockedUntil = now + 900; }
    return 'invalid';
  }
  remaining() { return this.unused.size; }
}
