// Gives up the locks on release but leaves the transaction in the queue it was waiting in, so a
// finished transaction is later handed a lock nobody will ever release.
class LockManager {
  constructor() { this.holderOf = new Map(); this.queue = new Map(); this.waitingFor = new Map(); this.held = new Map(); }
  grant(txn, r) { this.holderOf.set(r, txn); if (!this.held.has(txn)) this.held.set(txn, new Set()); this.held.get(txn).add(r); }
  acquire(txn, resource) {
    const holder = this.holderOf.get(resource);
    if (holder === undefined || holder === txn) { this.grant(txn, resource); return 'granted'; }
    for (let t = holder; t !== undefined; ) {
      if (t === txn) { this.release(txn); return 'deadlock'; }
      const r = this.waitingFor.get(t);
      t = r === undefined ? undefined : this.holderOf.get(r);
    }
    if (!this.queue.has(resource)) this.queue.set(resource, []);
    this.queue.get(resource).push(txn);
    this.waitingFor.set(txn, resource);
    return 'waiting';
  }
  release(txn) {
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
