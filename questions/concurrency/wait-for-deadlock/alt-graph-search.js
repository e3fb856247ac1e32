// Another correct approach: rebuild the wait-for edges from the queues and search them from the
// holder on every blocked request.
class LockManager {
  constructor() {
    this.holders = {};
    this.queues = {};
  }
  waitsFor(txn) {
    const out = [];
    for (const [res, q] of Object.entries(this.queues)) if (q.includes(txn)) out.push(this.holders[res]);
    return out;
  }
  reaches(from, target, seen = new Set()) {
    if (from === target) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    return this.waitsFor(from).some((t) => this.reaches(t, target, seen));
  }
  acquire(txn, resource) {
    const h = this.holders[resource];
    if (h === undefined || h === txn) {
      this.holders[resource] = txn;
      return 'granted';
    }
    if (this.reaches(h, txn)) {
      this.release(txn);
      return 'deadlock';
    }
    (this.queues[resource] ??= []).push(txn);
    return 'waiting';
  }
  release(txn) {
    for (const q of Object.values(this.queues)) {
      const i = q.indexOf(txn);
      if (i >= 0) q.splice(i, 1);
    }
    const granted = [];
    for (const res of Object.keys(this.holders)) {
      if (this.holders[res] !== txn) continue;
      const q = this.queues[res] ?? [];
      if (q.length > 0) {
        this.holders[res] = q.shift();
        granted.push(this.holders[res]);
      } else delete this.holders[res];
    }
    return granted.sort();
  }
  holder(resource) {
    return this.holders[resource] ?? null;
  }
}
