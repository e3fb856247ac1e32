class IdempotencyStore {
  constructor(ttlMs) {
    this.ttl = ttlMs;
    this.records = new Map();
    this.processed = 0;
  }
  handle(key, requestHash, nowMs) {
    const rec = this.records.get(key);
    if (rec && nowMs < rec.createdAt + this.ttl) {
      if (rec.hash !== requestHash) return { status: 422, error: 'idempotency_key_reused' };
      return { status: rec.status, orderId: rec.orderId, replayed: true };
    }
    this.processed += 1;
    this.records.set(key, { hash: requestHash, createdAt: nowMs, status: 201, orderId: this.processed });
    return { status: 201, orderId: this.processed, replayed: false };
  }
  activeKeys(nowMs) {
    let count = 0;
    for (const [key, rec] of this.records) {
      if (nowMs < rec.createdAt + this.ttl) count += 1;
      else this.records.delete(key);
    }
    return count;
  }
}
