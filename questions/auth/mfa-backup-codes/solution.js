class BackupCodes {
  constructor() {
    this.unused = new Set();
    this.failures = 0; // consecutive failed attempts
    this.lockedUntil = -1;
  }
  generate(codes) {
    this.unused = new Set(codes); // a new set replaces the old one entirely
  }
  redeem(entered, now) {
    if (now < this.lockedUntil) return 'locked';
    const code = entered.replace(/[ -]/g, '').toLowerCase();
    if (this.unused.delete(code)) {
      this.failures = 0;
      return 'ok';
    }
    if (++this.failures === 5) {
      this.failures = 0;
      this.lockedUntil = now + 900;
    }
    return 'invalid';
  }
  remaining() {
    return this.unused.size;
  }
}
