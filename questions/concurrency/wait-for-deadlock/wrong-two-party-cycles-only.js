// Detects a deadlock only when the holder waits directly for the requester (a cycle of two);
// a cycle through three transactions waits forever.
class LockManager {
  constructor() { this.holderOf = new Map(); this.queue = new Map(); this.waitingFor = new Map(); this.held = new Map(); }
  grant(txn, r) { this.holderOf.set(r, txn); if (!this.held.has(txn)) this.held.set(txn, new Set()); this.held.get(txn).add(r); }
  acquire(txn, resource) {
    const holder = this.holderOf.get(resource);
    if (holder === undefined || holder === txn) { this.grant(txn, resource); return 'granted'; }
    const r = this.waitingFor.get(holder);
    if (r !== undefined && this.holderOf.get(r) === txn) { this.release(txn); return 'deadlock'; }
    if (!this.queue.has(resource)) this.queue.set(resource, []);
    this.queue.get(resource).push(txn);
    this.waitingFor.set(txn, resource);
    return 'waiting';
  }
  release(txn) {
    const w = this.waitingFor.get(txn);
    if (w !== undefined) { const q = this.queue.get(w); q.splice(q.indexOf(txn), 1); this.waitingFor.delete(txn); }
    const granted = [];
    for (const r of this.held.get(txn) ?? []) {
      const q = this.queue.get(r) ?? [];
      if (q.length === 0) { this.holderOf.delete(r); continue; }
      const next = q.shift(); this.waitingFor.delete(next); this.grant(next, r); granted.push(next);
    }
    this.held.delete(txn);
    return granted.sort();
  }
  holder(r) { return this.holderOf.get(r) ?? null; }
}
