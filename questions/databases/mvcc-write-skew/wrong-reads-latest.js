// Reads the latest committed value instead of the transaction's snapshot: non-repeatable reads,
// and a transaction can see half of a concurrent transaction's effects.
class MvccStore {
  constructor(serializable) {
    this.serializable = serializable;
    this.data = new Map();
    this.lastWrite = new Map(); // key -> commit ts
    this.commits = 0;
    this.txns = new Map();
  }
  begin(txn) { this.txns.set(txn, { start: this.commits, writes: new Map(), reads: new Set() }); }
  read(txn, key) {
    const t = this.txns.get(txn);
    if (t.writes.has(key)) return t.writes.get(key);
    t.reads.add(key);
    return this.data.has(key) ? this.data.get(key) : null;
  }
  write(txn, key, value) { this.txns.get(txn).writes.set(key, value); }
  commit(txn) {
    const t = this.txns.get(txn);
    this.txns.delete(txn);
    if (t.writes.size === 0) return true;
    const changed = (k) => (this.lastWrite.get(k) ?? 0) > t.start;
    if ([...t.writes.keys()].some(changed)) return false;
    if (this.serializable && [...t.reads].some(changed)) return false;
    this.commits++;
    for (const [k, v] of t.writes) { this.data.set(k, v); this.lastWrite.set(k, this.commits); }
    return true;
  }
  rollback(txn) { this.txns.delete(txn); }
}
