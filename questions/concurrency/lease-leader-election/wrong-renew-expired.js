// Lets the last holder renew after expiry: two nodes can both believe they lead.
class LeaseStore {
  constructor(leaseMs) {
    this.leaseMs = leaseMs;
    this.holder = '';
    this.token = 0;
    this.expiresAt = 0;
  }
  live(now) {
    return this.holder !== '' && now < this.expiresAt;
  }
  acquire(node, now) {
    if (this.live(now)) return this.holder === node ? this.token : -1;
    this.holder = node;
    this.token += 1;
    this.expiresAt = now + this.leaseMs;
    return this.token;
  }
  renew(node, now) {
    if (this.holder !== node) return false;
    this.expiresAt = now + this.leaseMs;
    return true;
  }
  leader(now) {
    return this.live(now) ? this.holder : '';
  }
  write(token, now) {
    return this.live(now) && token === this.token;
  }
}
