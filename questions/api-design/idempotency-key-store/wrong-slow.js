// Right answers, but keeps the records in an array and searches it on every request: O(k) per handle.
class IdempotencyStore {
  constructor(ttlMs) {
    this.ttl = ttlMs;
    this.records = [];
    this.processed = 0;
  }
  handle(key, requestHash, nowMs) {
    const i = this.records.findIndex((r) => r.key === key);
    const rec = i >= 0 ? this.records[i] : undefined;
    if (rec && nowMs < rec.createdAt + this.ttl) {
      if (rec.hash !== requestHash) return { status: 422, error: 'idempotency_key_reused' };
      return { status: 201, orderId: rec.orderId, replayed: true };
    }
    this.processed++;
    const fresh = { key, hash: requestHash, createdAt: nowMs, orderId: this.processed };
    if (i >= 0) this.records[i] = fresh;
    else this.records.push(fresh);
    return { status: 201, orderId: this.processed, replayed: false };
  }
  activeKeys(nowMs) {
    this.records = this.records.filter((r) => nowMs < r.createdAt + this.ttl);
    return this.records.length;
  }
}
