// Refills only whole tokens and drops the remainder, so fractional progress is lost.
class TokenBucket {
  constructor(capacity, refillPerSecond) {
    this.capacity = capacity;
    this.rate = refillPerSecond;
    this.tokens = capacity;
    this.last = null;
  }
  allow(nowMs) {
    if (this.last !== null) this.tokens = Math.min(this.capacity, this.tokens + Math.floor(((nowMs - this.last) / 1000) * this.rate));
    this.last = nowMs;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return true;
    }
    return false;
  }
}
