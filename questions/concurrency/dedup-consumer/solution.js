class DedupConsumer {
  constructor(windowMs) {
    this.windowMs = windowMs;
    this.appliedAt = new Map(); // id -> time of its latest application
    this.order = []; // [time, id] in application order
    this.head = 0;
  }
  evict(nowMs) {
    while (this.head < this.order.length && nowMs - this.order[this.head][0] >= this.windowMs) {
      const [t, id] = this.order[this.head++];
      if (this.appliedAt.get(id) === t) this.appliedAt.delete(id);
    }
    if (this.head > 1024 && this.head * 2 > this.order.length) {
      this.order = this.order.slice(this.head);
      this.head = 0;
    }
  }
  process(messageId, nowMs) {
    this.evict(nowMs);
    if (this.appliedAt.has(messageId)) return false;
    this.appliedAt.set(messageId, nowMs);
    this.order.push([nowMs, messageId]);
    return true;
  }
  remembered() {
    return this.appliedAt.size;
  }
}
