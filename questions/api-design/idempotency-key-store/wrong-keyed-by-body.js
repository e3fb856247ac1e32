// Stores records under key + body hash, so reusing a key for a different body creates a second order instead of a 422.
class IdempotencyStore {
  constructor(ttlMs) {
    this.ttl = ttlMs;
    this.records = new Map();
    this.processed = 0;
  }
  handle(key, requestHash, nowMs) {
    const id = key + '|' + requestHash;
    const rec = this.records.get(id);
    if (rec && nowMs < rec.createdAt + this.ttl) return { status: 201, orderId: rec.orderId, replayed: true };
    this.processed += 1;
    this.records.set(id, { createdAt: nowMs, orderId: this.processed });
    return { status: 201, orderId: this.processed, replayed: false };
  }
  activeKeys(nowMs) {
    const keys = new Set();
    for (const [id, rec] of this.records) if (nowMs < rec.createdAt + this.ttl) keys.add(id.split('|')[0]);
    return keys.size;
  }
}
