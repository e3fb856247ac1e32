// Keeps a request that is exactly windowMs old, so the boundary request is wrongly rejected.
class SlidingWindowLimiter {
  constructor(limit, windowMs) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.logs = new Map();
  }
  allow(clientId, nowMs) {
    const log = (this.logs.get(clientId) ?? []).filter((t) => nowMs - t <= this.windowMs);
    this.logs.set(clientId, log);
    if (log.length >= this.limit) return false;
    log.push(nowMs);
    return true;
  }
}
