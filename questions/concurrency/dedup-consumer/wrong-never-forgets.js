// Remembers every id forever: memory grows without bound and legitimate re-sends are dropped.
class DedupConsumer {
  constructor(windowMs) {
    this.windowMs = windowMs;
    this.seen = new Set();
  }
  process(messageId) {
    if (this.seen.has(messageId)) return false;
    this.seen.add(messageId);
    return true;
  }
  remembered() {
    return this.seen.size;
  }
}
