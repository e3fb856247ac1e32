class MvccStore {
  constructor(serializable) {
    this.serializable = serializable;
    this.commits = 0; // commit timestamps are 1, 2, 3, ...
    this.versions = new Map(); // key -> [[commitTs, value], ...] in commit order
    this.txns = new Map(); // txn -> { start, writes: Map, reads: Set }
  }
  begin(txn) {
    this.txns.set(txn, { start: this.commits, writes: new Map(), reads: new Set() });
  }
  read(txn, key) {
    const t = this.txns.get(txn);
    if (t.writes.has(key)) return t.writes.get(key);
    t.reads.add(key);
    const vs = this.versions.get(key) ?? [];
    for (let i = vs.length - 1; i >= 0; i--) if (vs[i][0] <= t.start) return vs[i][1];
    return null;
  }
  write(txn, key, value) {
    this.txns.get(txn).writes.set(key, value);
  }
  changedSince(key, start) {
    const vs = this.versions.get(key);
    return vs !== undefined && vs[vs.length - 1][0] > start;
  }
  commit(txn) {
    const t = this.txns.get(txn);
    this.txns.delete(txn);
    if (t.writes.size === 0) return true;
    for (const key of t.writes.keys()) if (this.changedSince(key, t.start)) return false;
    if (this.serializable) for (const key of t.reads) if (this.changedSince(key, t.start)) return false;
    const ts = ++this.commits;
    for (const [key, value] of t.writes) {
      if (!this.versions.has(key)) this.versions.set(key, []);
      this.versions.get(key).push([ts, value]);
    }
    return true;
  }
  rollback(txn) {
    this.txns.delete(txn);
  }
}
