class LockManager {
  constructor() {
    this.holderOf = new Map(); // resource -> txn holding it
    this.queue = new Map(); // resource -> txns waiting for it, oldest first
    this.waitingFor = new Map(); // txn -> the resource it waits for
    this.held = new Map(); // txn -> Set of resources it holds
  }
  grant(txn, resource) {
    this.holderOf.set(resource, txn);
    if (!this.held.has(txn)) this.held.set(txn, new Set());
    this.held.get(txn).add(resource);
  }
  acquire(txn, resource) {
    const holder = this.holderOf.get(resource);
    if (holder === undefined || holder === txn) {
      this.grant(txn, resource);
      return 'granted';
    }
    // Follow the wait-for chain from the holder: each waiting transaction waits for one holder.
    for (let t = holder; t !== undefined; ) {
      if (t === txn) {
        this.release(txn);
        return 'deadlock';
      }
      const r = this.waitingFor.get(t);
      t = r === undefined ? undefined : this.holderOf.get(r);
    }
    if (!this.queue.has(resource)) this.queue.set(resource, []);
    this.queue.get(resource).push(txn);
    this.waitingFor.set(txn, resource);
    return 'waiting';
  }
  release(txn) {
    const waiting = this.waitingFor.get(txn);
    if (waiting !== undefined) {
      const q = this.queue.get(waiting);
      q.splice(q.indexOf(txn), 1);
      this.waitingFor.delete(txn);
    }
    const granted = [];
    for (const resource of this.held.get(txn) ?? []) {
      const q = this.queue.get(resource) ?? [];
      if (q.length === 0) {
        this.holderOf.delete(resource);
        continue;
      }
      const next = q.shift();
      this.waitingFor.delete(next);
      this.grant(next, resource);
      granted.push(next);
    }
    this.held.delete(txn);
    return granted.sort();
  }
  holder(resource) {
    return this.holderOf.get(resource) ?? null;
  }
}
