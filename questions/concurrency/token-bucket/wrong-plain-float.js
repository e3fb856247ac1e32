// Keeps tokens as a plain float and compares with >= 1: ten refills of 0.1 add up to 0.9999999999999999,
// so a token that has fully arrived is refused.
class TokenBucket {
  constructor(capacity, refillPerSecond) {
    this.capacity = capacity;
    this.rate = refillPerSecond / 1000;
    this.tokens = capacity;
    this.last = null;
  }
  allow(nowMs) {
    if (this.last !== null) this.tokens = Math.min(this.capacity, this.tokens + (nowMs - this.last) * this.rate);
    this.last = nowMs;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return true;
    }
    return false;
  }
}
