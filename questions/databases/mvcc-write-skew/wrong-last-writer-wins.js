// Snapshot reads, but commits never check for conflicts: the later commit silently overwrites
// (a lost update), in both modes.
class MvccStore {
  constructor() { this.commits = 0; this.versions = new Map(); this.txns = new Map(); }
  begin(txn) { this.txns.set(txn, { start: this.commits, writes: new Map() }); }
  read(txn, key) {
    const t = this.txns.get(txn);
    if (t.writes.has(key)) return t.writes.get(key);
    const vs = this.versions.get(key) ?? [];
    for (let i = vs.length - 1; i >= 0; i--) if (vs[i][0] <= t.start) return vs[i][1];
    return null;
  }
  write(txn, key, value) { this.txns.get(txn).writes.set(key, value); }
  commit(txn) {
    const t = this.txns.get(txn);
    this.txns.delete(txn);
    const ts = ++this.commits;
    for (const [k, v] of t.writes) { if (!this.versions.has(k)) this.versions.set(k, []); this.versions.get(k).push([ts, v]); }
    return true;
  }
  rollback(txn) { this.txns.delete(txn); }
}
