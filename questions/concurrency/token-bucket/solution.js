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
    if (this.tokens >= 1 - 1e-9) {
      this.tokens -= 1;
      return true;
    }
    return false;
  }
}
